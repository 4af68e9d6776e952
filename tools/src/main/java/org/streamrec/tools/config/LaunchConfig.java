package org.streamrec.tools.config;

import java.util.List;
import java.util.Map;
import org.streamrec.config.ConfigLoader;
import org.streamrec.config.ConfigSchema;
import org.streamrec.config.EngineConfig;
import org.streamrec.config.LoadedConfigs;

/**
 * What a {@code ./recs} command runs with: the job's configuration and the tools' own, loaded from
 * one {@code --config} environment and one list of {@code --set} overrides, each key going to the
 * configuration that owns its section (syntheticShop, eval and reminderEval are the tools').
 */
public record LaunchConfig(EngineConfig engine, ToolsConfig tools) {
    private static final List<ConfigSchema<?>> SCHEMAS = List.of(ConfigSchema.ENGINE, ToolsConfig.SCHEMA);

    /** Every default. */
    public static LaunchConfig defaults() {
        return load(null, Map.of());
    }

    /**
     * @param environment null for defaults only, a built-in environment name or a YAML file
     * @param overrides dotted keys to values, e.g. {@code similarity.topK -> 20} or {@code eval.scoreFrom -> 0}
     * @throws org.streamrec.config.ConfigException naming every problem of both configurations by its key
     */
    public static LaunchConfig load(String environment, Map<String, String> overrides) {
        LoadedConfigs loaded = ConfigLoader.load(environment, overrides, SCHEMAS);
        return new LaunchConfig(loaded.get(ConfigSchema.ENGINE), loaded.get(ToolsConfig.SCHEMA));
    }
}
