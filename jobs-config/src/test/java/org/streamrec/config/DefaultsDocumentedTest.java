package org.streamrec.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** defaults.yaml is the reference documentation: every leaf key must sit right under a comment. */
class DefaultsDocumentedTest {
    private static final Pattern KEY_LINE = Pattern.compile("^( *)([A-Za-z][A-Za-z0-9]*):(.*)$");

    @Test
    void everyLeafKeyIsPrecededByAComment() throws IOException {
        String text = readDefaults();
        Set<String> leavesInTree = new TreeSet<>();
        collectLeaves(new ObjectMapper(new YAMLFactory()).readTree(text), "", leavesInTree);

        Set<String> leavesInText = new TreeSet<>();
        List<String> undocumented = new ArrayList<>();
        List<String> path = new ArrayList<>();
        String previous = "";
        for (String line : text.split("\n")) {
            Matcher m = KEY_LINE.matcher(line);
            if (m.matches()) {
                int depth = m.group(1).length() / 2;
                path.subList(depth, path.size()).clear();
                path.add(m.group(2));
                if (!m.group(3).isBlank()) {
                    String key = String.join(".", path);
                    leavesInText.add(key);
                    if (!previous.trim().startsWith("#")) undocumented.add(key);
                }
            }
            previous = line;
        }

        assertEquals(leavesInTree, leavesInText, "the line scan must see exactly the YAML's leaves");
        assertEquals(List.of(), undocumented, "keys without a comment line right above them");
    }

    private static void collectLeaves(JsonNode node, String prefix, Set<String> into) {
        node.fields().forEachRemaining(f -> {
            if (f.getValue().isObject()) collectLeaves(f.getValue(), prefix + f.getKey() + ".", into);
            else into.add(prefix + f.getKey());
        });
    }

    private static String readDefaults() throws IOException {
        try (InputStream in = ConfigLoader.class.getResourceAsStream("/defaults.yaml")) {
            assertNotNull(in, "defaults.yaml on the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
