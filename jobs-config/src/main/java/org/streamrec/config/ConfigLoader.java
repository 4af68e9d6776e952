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
import java.util.List;
import java.util.Map;

/**
 * Builds an {@link EngineConfig}: the documented defaults, then an environment file (a name such as
 * {@code local} for jobs-config's envs/NAME.yaml, or a path), then {@code key=value} overrides.
 * Unknown keys, unparsable values and out-of-range values all fail here, each named by its key.
 */
public final class ConfigLoader {
    private static final String DEFAULTS = "/defaults.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper BINDER = JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .addModule(new SimpleModule().addDeserializer(Duration.class, new DurationDeserializer()))
            .build();

    private ConfigLoader() {}

    /** The defaults alone. */
    public static EngineConfig defaults() {
        return load(null, Map.of());
    }

    /**
     * @param environment null for defaults only, an environment name (local, test, production.example)
     *     or a path to a YAML file
     * @param overrides dotted keys to values, e.g. {@code similarity.topK -> 20}
     */
    public static EngineConfig load(String environment, Map<String, String> overrides) {
        String source = environment == null ? "defaults" : environment;
        List<String> problems = new ArrayList<>();
        ObjectNode tree = (ObjectNode) readYaml(DEFAULTS, ConfigLoader.class.getResourceAsStream(DEFAULTS));
        if (environment != null) {
            merge(tree, readEnvironment(environment), "", problems);
        }
        for (Map.Entry<String, String> o : overrides.entrySet()) {
            merge(tree, overrideTree(o.getKey(), o.getValue()), "", problems);
        }
        if (!problems.isEmpty()) throw new ConfigException(source, problems);
        EngineConfig config;
        try {
            config = BINDER.treeToValue(tree, EngineConfig.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException(source, List.of(describe(e)));
        }
        List<String> invalid = config.problems();
        if (!invalid.isEmpty()) throw new ConfigException(source, invalid);
        return config;
    }

    private static JsonNode readEnvironment(String environment) {
        Path file = Path.of(environment);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                return readYaml(environment, in);
            } catch (IOException e) {
                throw new ConfigException(environment, List.of("cannot read " + file.toAbsolutePath() + ": " + e.getMessage()));
            }
        }
        String resource = "/envs/" + environment + ".yaml";
        InputStream in = ConfigLoader.class.getResourceAsStream(resource);
        if (in == null) {
            throw new ConfigException(environment, List.of(
                    "no such file, and no built-in environment of that name (built in: local, test, production.example)"));
        }
        return readYaml(environment, in);
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
