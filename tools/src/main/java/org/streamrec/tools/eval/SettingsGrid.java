package org.streamrec.tools.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every combination of the values given per key ({@code KEY=V1,V2,...}), in the order given, the last key varying fastest. */
public final class SettingsGrid {
    private SettingsGrid() {}

    /** @throws IllegalArgumentException naming the entry that is not KEY=V1[,V2...] */
    public static List<Map<String, String>> of(List<String> entries) {
        List<Map<String, String>> points = new ArrayList<>();
        points.add(new LinkedHashMap<>());
        for (String entry : entries) {
            int eq = entry.indexOf('=');
            if (eq <= 0 || eq == entry.length() - 1) throw new IllegalArgumentException("'" + entry + "' is not KEY=V1,V2,...");
            String key = entry.substring(0, eq).trim();
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> point : points) {
                for (String value : entry.substring(eq + 1).split(",")) {
                    Map<String, String> more = new LinkedHashMap<>(point);
                    more.put(key, value.trim());
                    next.add(more);
                }
            }
            points = next;
        }
        return points;
    }

    /** {@code key=value, key=value}, or "(defaults)" for the empty point. */
    public static String label(Map<String, String> point) {
        if (point.isEmpty()) return "(defaults)";
        List<String> parts = new ArrayList<>();
        point.forEach((k, v) -> parts.add(k + "=" + v));
        return String.join(", ", parts);
    }
}
