package org.streamrec.tools.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The samples of a Prometheus text exposition (what a /metrics endpoint serves). */
final class PrometheusText {
    record Sample(String name, Map<String, String> labels, double value) {}

    private PrometheusText() {}

    static List<Sample> parse(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int brace = line.indexOf('{');
            int space = line.indexOf(' ');
            String name;
            Map<String, String> labels = new LinkedHashMap<>();
            String rest;
            if (brace >= 0 && (space < 0 || brace < space)) {
                name = line.substring(0, brace);
                int end = parseLabels(line, brace + 1, labels);
                rest = line.substring(end + 1).strip();
            } else {
                name = line.substring(0, space);
                rest = line.substring(space + 1).strip();
            }
            samples.add(new Sample(name, labels, Double.parseDouble(rest.split(" ")[0])));
        }
        return samples;
    }

    /** Reads {@code name="value",...} up to the closing brace; returns its index. */
    private static int parseLabels(String line, int at, Map<String, String> into) {
        int i = at;
        while (line.charAt(i) != '}') {
            if (line.charAt(i) == ',' || line.charAt(i) == ' ') {
                i++;
                continue;
            }
            int eq = line.indexOf('=', i);
            String label = line.substring(i, eq).strip();
            StringBuilder value = new StringBuilder();
            int j = eq + 2; // past ="
            while (line.charAt(j) != '"') {
                char c = line.charAt(j);
                if (c == '\\') {
                    char next = line.charAt(++j);
                    value.append(next == 'n' ? '\n' : next);
                } else {
                    value.append(c);
                }
                j++;
            }
            into.put(label, value.toString());
            i = j + 1;
        }
        return i;
    }
}
