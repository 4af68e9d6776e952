package org.streamrec.config;

/**
 * Where a typed configuration comes from: the record it binds to, the classpath resource with its
 * documented defaults (whose top-level sections it owns), and the folder of its built-in
 * environment files ({@code FOLDER/NAME.yaml}, each optional). Resources are read through
 * {@code resourceOwner}, so a module can define its own.
 */
public record ConfigSchema<T extends ValidatedConfig>(
        Class<T> type,
        Class<?> resourceOwner,
        String defaultsResource,
        String environmentsFolder) {

    /** The job's configuration: jobs-config's defaults.yaml and envs/. */
    public static final ConfigSchema<EngineConfig> ENGINE =
            new ConfigSchema<>(EngineConfig.class, ConfigLoader.class, "/defaults.yaml", "/envs/");
}
