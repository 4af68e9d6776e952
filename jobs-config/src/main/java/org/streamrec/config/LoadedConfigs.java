package org.streamrec.config;

import java.util.Map;

/** The configurations bound together by {@link ConfigLoader#load(String, Map, java.util.List)}, one per schema. */
public final class LoadedConfigs {
    private final Map<ConfigSchema<?>, ValidatedConfig> bySchema;

    LoadedConfigs(Map<ConfigSchema<?>, ValidatedConfig> bySchema) {
        this.bySchema = Map.copyOf(bySchema);
    }

    public <T extends ValidatedConfig> T get(ConfigSchema<T> schema) {
        ValidatedConfig config = bySchema.get(schema);
        if (config == null) throw new IllegalArgumentException("not loaded: " + schema.type().getSimpleName());
        return schema.type().cast(config);
    }
}
