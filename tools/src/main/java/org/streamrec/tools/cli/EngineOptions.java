package org.streamrec.tools.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.streamrec.config.EngineConfig;
import org.streamrec.tools.config.LaunchConfig;
import org.streamrec.tools.config.ToolsConfig;
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
        return LaunchConfig.load(environment, with(extra));
    }

    /** The job's configuration of {@link #launch}. */
    public EngineConfig load(Map<String, String> extra) {
        return launch(extra).engine();
    }

    /**
     * The same configuration as command-line arguments ({@code --config ENV --set KEY=VALUE ...}), {@code extra}
     * last, for another build's launcher, which reads the tools' settings too.
     */
    public List<String> arguments(Map<String, String> extra) {
        return asArguments(with(extra));
    }

    /** {@link #arguments} without the tools' settings, for the job jar, which knows only the job's. */
    public List<String> jobArguments(Map<String, String> extra) {
        Map<String, String> job = with(extra);
        job.keySet().removeIf(ToolsConfig::owns);
        return asArguments(job);
    }

    private List<String> asArguments(Map<String, String> settings) {
        // Another process reads a file named here, maybe from another working directory.
        Path file = Path.of(environment);
        String config = Files.isRegularFile(file) ? file.toAbsolutePath().toString() : environment;
        List<String> args = new ArrayList<>(List.of("--config", config));
        settings.forEach((key, value) -> args.addAll(List.of("--set", key + "=" + value)));
        return args;
    }

    private Map<String, String> with(Map<String, String> extra) {
        Map<String, String> all = new LinkedHashMap<>(overrides);
        all.putAll(extra);
        return all;
    }
}
