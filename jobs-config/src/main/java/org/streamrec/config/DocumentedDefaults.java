package org.streamrec.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule that makes a defaults file its own reference documentation: every leaf key sits right
 * under a comment line. Checked by each module's test of its defaults file.
 */
public final class DocumentedDefaults {
    private static final Pattern KEY_LINE = Pattern.compile("^( *)([A-Za-z][A-Za-z0-9]*):(.*)$");

    private DocumentedDefaults() {}

    /**
     * The leaf keys of a defaults file (two-space indented YAML) without a comment line right above them.
     *
     * @throws IllegalArgumentException when the file is not YAML, or its layout hides keys from the line scan
     */
    public static List<String> undocumentedKeys(String yamlText) {
        Set<String> leavesInTree = new TreeSet<>();
        try {
            collectLeaves(new ObjectMapper(new YAMLFactory()).readTree(yamlText), "", leavesInTree);
        } catch (IOException e) {
            throw new IllegalArgumentException("not valid YAML: " + e.getMessage(), e);
        }
        Set<String> leavesInText = new TreeSet<>();
        List<String> undocumented = new ArrayList<>();
        List<String> path = new ArrayList<>();
        String previous = "";
        for (String line : yamlText.split("\n")) {
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
        if (!leavesInTree.equals(leavesInText)) {
            throw new IllegalArgumentException("the line scan must see exactly the YAML's leaves: scanned "
                    + leavesInText + ", parsed " + leavesInTree);
        }
        return undocumented;
    }

    private static void collectLeaves(JsonNode node, String prefix, Set<String> into) {
        node.fields().forEachRemaining(f -> {
            if (f.getValue().isObject()) collectLeaves(f.getValue(), prefix + f.getKey() + ".", into);
            else into.add(prefix + f.getKey());
        });
    }
}
