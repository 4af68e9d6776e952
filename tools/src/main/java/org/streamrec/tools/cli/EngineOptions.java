package org.streamrec.tools.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.streamrec.config.ConfigLoader;
import org.streamrec.config.EngineConfig;
import picocli.CommandLine.Option;

/** The configuration options every subcommand shares. */
public final class EngineOptions {
    @Option(names = "--config", paramLabel = "ENV|FILE", defaultValue = "local",
            description = "Built-in environment (local, test, production.example) or a YAML file. Default: ${DEFAULT-VALUE}.")
    String environment;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override one configuration key, e.g. --set similarity.topK=20 (repeatable; keys in jobs-config defaults.yaml).")
    Map<String, String> overrides = new LinkedHashMap<>();

    /** These options as given on a command line, to pass them on to another build's launcher. */
    public List<String> asArguments() {
        List<String> args = new ArrayList<>(List.of("--config", environment));
        overrides.forEach((key, value) -> args.addAll(List.of("--set", key + "=" + value)));
        return args;
    }

    /** The configuration, with {@code extra} overrides applied last. */
    public EngineConfig load(Map<String, String> extra) {
        Map<String, String> all = new LinkedHashMap<>(overrides);
        all.putAll(extra);
        return ConfigLoader.load(environment, all);
    }
}
