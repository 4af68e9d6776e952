package org.streamrec.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The chart's values, its schema, its README and the engine's defaults.yaml tell the same story. */
class ValuesDocumentedTest {
    private static final Path DEFAULTS = Path.of(System.getProperty("streamrec.defaults", "defaults.yaml"));

    @Test
    void theSchemaCoversExactlyTheEnginesKeys() throws Exception {
        Set<String> engineKeys = new TreeSet<>();
        JsonNode defaults = Chart.YAML.readTree(DEFAULTS.toFile());
        leaves(defaults, "", engineKeys);
        Set<String> schemaKeys = new TreeSet<>();
        schemaLeaves(schema().path("properties").path("engine"), "", schemaKeys);

        assertEquals(engineKeys, schemaKeys, "keys of defaults.yaml (left) and of values.schema.json's engine (right)");
    }

    @Test
    void everyValueAndEveryEngineKeyIsInTheReadme() throws Exception {
        String readme = Files.readString(Chart.DIRECTORY.resolve("README.md"), StandardCharsets.UTF_8);
        Set<String> keys = new TreeSet<>();
        leaves(Chart.YAML.readTree(Chart.DIRECTORY.resolve("values.yaml").toFile()), "", keys);
        Set<String> engineKeys = new TreeSet<>();
        schemaLeaves(schema().path("properties").path("engine"), "", engineKeys);
        engineKeys.forEach(k -> keys.add("engine." + k));

        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            if (!readme.contains("| `" + key + "` |")) missing.add(key);
        }
        assertTrue(missing.isEmpty(), "not in helm/streamrec/README.md's tables: " + missing);
    }

    @Test
    void everyValueIsInTheSchema() throws Exception {
        Set<String> keys = new TreeSet<>();
        leaves(Chart.YAML.readTree(Chart.DIRECTORY.resolve("values.yaml").toFile()), "", keys);
        Set<String> schemaKeys = new TreeSet<>();
        schemaLeaves(schema(), "", schemaKeys);

        assertTrue(schemaKeys.containsAll(keys), "values without a schema: " + keys.stream().filter(k -> !schemaKeys.contains(k)).toList());
    }

    private static JsonNode schema() throws Exception {
        return new ObjectMapper().readTree(Chart.DIRECTORY.resolve("values.schema.json").toFile());
    }

    /** Dotted paths of a YAML tree's values; an empty map or a list counts as one value. */
    private static void leaves(JsonNode node, String path, Set<String> into) {
        if (!node.isObject() || node.isEmpty()) {
            into.add(path);
            return;
        }
        node.fields().forEachRemaining(f -> leaves(f.getValue(), path.isEmpty() ? f.getKey() : path + "." + f.getKey(), into));
    }

    /** Dotted paths of a JSON schema's properties that have no properties of their own. */
    private static void schemaLeaves(JsonNode schema, String path, Set<String> into) {
        JsonNode properties = schema.path("properties");
        if (properties.isMissingNode()) {
            into.add(path);
            return;
        }
        properties.fields().forEachRemaining(f -> schemaLeaves(f.getValue(), path.isEmpty() ? f.getKey() : path + "." + f.getKey(), into));
    }
}
