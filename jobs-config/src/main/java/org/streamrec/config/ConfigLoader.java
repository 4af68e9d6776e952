package org.streamrec.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds typed configurations ({@link ConfigSchema}): the documented defaults, then an environment
 * (a name such as {@code local} for each schema's built-in envs/NAME.yaml, or a path to one YAML
 * file), then {@code key=value} overrides. Each top-level section of the environment and of the
 * overrides goes to the schema whose defaults have it, so one file and one {@code --set} list can
 * serve the job and the tools. Unknown keys, unparsable values and out-of-range values all fail
 * here, every one reported at once, each named by its key.
 */
public final class ConfigLoader {
    private static final String BUILT_IN_ENVIRONMENTS = "local, test, production.example";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper BINDER = JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .addModule(new SimpleModule().addDeserializer(Duration.class, new DurationDeserializer()))
            .build();

    private ConfigLoader() {}

    /** The job's defaults alone. */
    public static EngineConfig defaults() {
        return load(null, Map.of());
    }

    /**
     * The job's configuration alone: a section of another schema (the tools') is an unknown key here.
     *
     * @param environment null for defaults only, an environment name (local, test, production.example)
     *     or a path to a YAML file
     * @param overrides dotted keys to values, e.g. {@code similarity.topK -> 20}
     */
    public static EngineConfig load(String environment, Map<String, String> overrides) {
        return load(environment, overrides, List.of(ConfigSchema.ENGINE)).get(ConfigSchema.ENGINE);
    }

    /**
     * Several configurations from one environment and one set of overrides, each key routed by its
     * section to the schema that owns it. Throws one {@link ConfigException} with every problem of
     * every schema.
     *
     * @param schemas schemas owning distinct top-level sections
     */
    public static LoadedConfigs load(String environment, Map<String, String> overrides, List<ConfigSchema<?>> schemas) {
        String source = environment == null ? "defaults" : environment;
        List<String> problems = new ArrayList<>();
        Map<ConfigSchema<?>, ObjectNode> trees = new LinkedHashMap<>();
        Map<String, ObjectNode> ownerOfSection = new LinkedHashMap<>();
        for (ConfigSchema<?> schema : schemas) {
            InputStream in = schema.resourceOwner().getResourceAsStream(schema.defaultsResource());
            if (in == null) throw new IllegalStateException("no " + schema.defaultsResource() + " on the classpath");
            ObjectNode tree = (ObjectNode) readYaml(schema.defaultsResource(), in);
            trees.put(schema, tree);
            tree.fieldNames().forEachRemaining(section -> {
                if (ownerOfSection.put(section, tree) != null) {
                    throw new IllegalStateException("two schemas own the section '" + section + "'");
                }
            });
        }
        if (environment != null) {
            for (JsonNode layer : readEnvironment(environment, schemas)) route(layer, ownerOfSection, problems);
        }
        for (Map.Entry<String, String> o : overrides.entrySet()) {
            route(overrideTree(o.getKey(), o.getValue()), ownerOfSection, problems);
        }
        if (!problems.isEmpty()) throw new ConfigException(source, problems);

        Map<ConfigSchema<?>, ValidatedConfig> bound = new LinkedHashMap<>();
        for (Map.Entry<ConfigSchema<?>, ObjectNode> t : trees.entrySet()) {
            try {
                bound.put(t.getKey(), BINDER.treeToValue(t.getValue(), t.getKey().type()));
            } catch (IOException | IllegalArgumentException e) {
                problems.add(describe(e));
            }
        }
        bound.values().forEach(config -> problems.addAll(config.problems()));
        if (!problems.isEmpty()) throw new ConfigException(source, problems);
        return new LoadedConfigs(bound);
    }

    /** Merges each top-level section of {@code layer} into the defaults tree that owns it. */
    private static void route(JsonNode layer, Map<String, ObjectNode> ownerOfSection, List<String> problems) {
        Iterator<Map.Entry<String, JsonNode>> sections = layer.fields();
        while (sections.hasNext()) {
            Map.Entry<String, JsonNode> section = sections.next();
            ObjectNode owner = ownerOfSection.get(section.getKey());
            if (owner == null) {
                problems.add(section.getKey() + ": unknown key (known here: " + String.join(", ", ownerOfSection.keySet()) + ")");
                continue;
            }
            ObjectNode single = YAML.createObjectNode();
            single.set(section.getKey(), section.getValue());
            merge(owner, single, "", problems);
        }
    }

    /** The environment's layers: one file, or each schema's built-in file of that name (at least one must exist). */
    private static List<JsonNode> readEnvironment(String environment, List<ConfigSchema<?>> schemas) {
        Path file = Path.of(environment);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                return List.of(readYaml(environment, in));
            } catch (IOException e) {
                throw new ConfigException(environment, List.of("cannot read " + file.toAbsolutePath() + ": " + e.getMessage()));
            }
        }
        List<JsonNode> layers = new ArrayList<>();
        for (ConfigSchema<?> schema : schemas) {
            InputStream in = schema.resourceOwner().getResourceAsStream(schema.environmentsFolder() + environment + ".yaml");
            if (in != null) layers.add(readYaml(environment, in));
        }
        if (layers.isEmpty()) {
            throw new ConfigException(environment, List.of(
                    "no such file, and no built-in environment of that name (built in: " + BUILT_IN_ENVIRONMENTS + ")"));
        }
        return layers;
    }

    private static JsonNode readYaml(String name, InputStream in) {
        try (in) {
            JsonNode node = YAML.readTree(in);
            if (node == null || node.isMissingNode() || node.isNull()) return YAML.createObjectNode();
            if (!node.isObject()) throw new ConfigException(name, List.of("the top level must be a mapping of sections"));
            return node;
        } catch (IOException e) {
            throw new ConfigException(name, List.of("not valid YAML: " + e.getMessage()));
        }
    }

    private static JsonNode overrideTree(String dottedKey, String value) {
        ObjectNode root = YAML.createObjectNode();
        ObjectNode at = root;
        String[] parts = dottedKey.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) at = at.putObject(parts[i]);
        JsonNode parsed;
        try {
            parsed = YAML.readTree(value);
        } catch (IOException e) {
            parsed = YAML.getNodeFactory().textNode(value);
        }
        at.set(parts[parts.length - 1], parsed == null || parsed.isMissingNode() ? YAML.getNodeFactory().textNode(value) : parsed);
        return root;
    }

    /** Copies {@code from} onto {@code into}; a key the defaults do not have is a problem, not a silent no-op. */
    private static void merge(ObjectNode into, JsonNode from, String path, List<String> problems) {
        Iterator<Map.Entry<String, JsonNode>> fields = from.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            String key = path + f.getKey();
            JsonNode current = into.get(f.getKey());
            if (current == null) {
                problems.add(key + ": unknown key (known here: " + knownKeys(into) + ")");
            } else if (current.isObject() && f.getValue().isObject()) {
                merge((ObjectNode) current, f.getValue(), key + ".", problems);
            } else if (current.isObject() != f.getValue().isObject()) {
                problems.add(key + ": expected " + (current.isObject() ? "a section" : "a value") + ", got " + f.getValue());
            } else {
                into.set(f.getKey(), f.getValue());
            }
        }
    }

    private static String knownKeys(ObjectNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    private static String describe(Exception e) {
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m) {
            StringBuilder key = new StringBuilder();
            for (var ref : m.getPath()) {
                if (!key.isEmpty()) key.append('.');
                key.append(ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]");
            }
            return key + ": " + m.getOriginalMessage();
        }
        return e.getMessage();
    }

    private static final class DurationDeserializer extends JsonDeserializer<Duration> {
        @Override
        public Duration deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            try {
                return Durations.parse(p.getValueAsString(""));
            } catch (IllegalArgumentException e) {
                throw com.fasterxml.jackson.databind.JsonMappingException.from(p, e.getMessage());
            }
        }
    }
}
