package org.streamrec.tools.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.streamrec.config.EngineConfig;
import org.streamrec.tools.config.LaunchConfig;
import picocli.CommandLine.Option;

/** The configuration options every subcommand shares: the job's and the tools' settings, from one environment. */
public final class EngineOptions {
    @Option(names = "--config", paramLabel = "ENV|FILE", defaultValue = "local",
            description = "Built-in environment (local, test, production.example) or a YAML file. Default: ${DEFAULT-VALUE}.")
    String environment;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override one configuration key, e.g. --set similarity.topK=20 (repeatable; the job's keys are in "
                    + "jobs-config defaults.yaml, the tools' (syntheticShop, eval, reminderEval) in tools-defaults.yaml).")
    Map<String, String> overrides = new LinkedHashMap<>();

    /** Both configurations, with {@code extra} overrides applied last; a problem in either fails it. */
    public LaunchConfig launch(Map<String, String> extra) {
        Map<String, String> all = new LinkedHashMap<>(overrides);
        all.putAll(extra);
        return LaunchConfig.load(environment, all);
    }

    /** The job's configuration of {@link #launch}. */
    public EngineConfig load(Map<String, String> extra) {
        return launch(extra).engine();
    }
}
