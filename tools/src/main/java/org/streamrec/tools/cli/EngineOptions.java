package org.streamrec.tools.cli;

import java.nio.file.Files;
import java.nio.file.Path;
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

    /** The configuration, with {@code extra} overrides applied last. */
    public EngineConfig load(Map<String, String> extra) {
        return ConfigLoader.load(environment, with(extra));
    }

    /**
     * The same configuration as command-line arguments ({@code --config ENV --set KEY=VALUE ...}), {@code extra}
     * last, for another process: the job jar, or another build's launcher.
     */
    public List<String> arguments(Map<String, String> extra) {
        // Another process reads a file named here, maybe from another working directory.
        Path file = Path.of(environment);
        String config = Files.isRegularFile(file) ? file.toAbsolutePath().toString() : environment;
        List<String> args = new ArrayList<>(List.of("--config", config));
        with(extra).forEach((key, value) -> args.addAll(List.of("--set", key + "=" + value)));
        return args;
    }

    private Map<String, String> with(Map<String, String> extra) {
        Map<String, String> all = new LinkedHashMap<>(overrides);
        all.putAll(extra);
        return all;
    }
}
