package org.streamrec.tools.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every PromQL query of the Grafana dashboard's panels and of the alert rules, and what each one
 * reads: metric names (every streamrec and Flink metric starts {@code streamrec_} or {@code flink_}),
 * their label matchers, and the labels it groups by or an alert's text names.
 */
public final class OpsQueries {
    private static final Pattern METRIC = Pattern.compile("(?<![A-Za-z0-9_:.$])((?:flink|streamrec)_[A-Za-z0-9_:]*)(\\{([^}]*)})?");
    private static final Pattern MATCHER = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*(=~|!~|!=|=)\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern GROUPING = Pattern.compile("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\(([^)]*)\\)");
    private static final Pattern LABEL_REFERENCE = Pattern.compile("\\$labels\\.([A-Za-z_][A-Za-z0-9_]*)");

    private OpsQueries() {}

    /** A label matcher: {@code label op "value"}. */
    public record LabelMatcher(String label, String op, String value) {
        /** Whether a series' value of the label (null when absent) satisfies this matcher, as Prometheus decides. */
        public boolean matches(String actual) {
            String v = actual == null ? "" : actual;
            return switch (op) {
                case "=" -> v.equals(value);
                case "!=" -> !v.equals(value);
                case "=~" -> v.matches(value);
                default -> !v.matches(value);
            };
        }
    }

    /** One metric a query reads, with the matchers on it. */
    public record MetricUse(String name, List<LabelMatcher> matchers) {}

    /**
     * @param source {@code panel <title>} or {@code alert <name>}
     * @param expr the query as written (Grafana variables included)
     * @param labels labels it groups or joins by, or that the alert's text names
     */
    public record Query(String source, String expr, List<MetricUse> metrics, Set<String> labels) {
        /** The expression with the dashboard's variables filled in: every job, a rate interval of 1m, {@code range} as the range. */
        public String forPrometheus(String range) {
            return expr.replace("$__rate_interval", "1m").replace("$__range", range).replace("$job", ".*");
        }
    }

    /** The panels' queries, then the alerts'. */
    public static List<Query> read(Path dashboard, Path alertRules) throws IOException {
        List<Query> queries = new ArrayList<>();
        collectPanels(new ObjectMapper().readTree(dashboard.toFile()), queries);
        for (JsonNode group : new ObjectMapper(new YAMLFactory()).readTree(alertRules.toFile()).path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                String name = rule.has("alert") ? "alert " + rule.get("alert").asText() : "record " + rule.path("record").asText();
                Set<String> labels = new LinkedHashSet<>();
                for (JsonNode text : rule.path("annotations")) {
                    Matcher m = LABEL_REFERENCE.matcher(text.asText());
                    while (m.find()) labels.add(m.group(1));
                }
                queries.add(parse(name, rule.get("expr").asText(), labels));
            }
        }
        return queries;
    }

    private static void collectPanels(JsonNode node, List<Query> into) {
        for (JsonNode panel : node.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                if (target.has("expr")) into.add(parse("panel " + panel.path("title").asText(), target.get("expr").asText(), Set.of()));
            }
            collectPanels(panel, into);
        }
    }

    static Query parse(String source, String expr, Set<String> referencedLabels) {
        Map<String, MetricUse> metrics = new LinkedHashMap<>();
        Matcher m = METRIC.matcher(expr.replace("$job", ".*"));
        int use = 0;
        while (m.find()) {
            List<LabelMatcher> matchers = new ArrayList<>();
            if (m.group(3) != null) {
                Matcher lm = MATCHER.matcher(m.group(3));
                while (lm.find()) matchers.add(new LabelMatcher(lm.group(1), lm.group(2), lm.group(3)));
            }
            metrics.put(m.group(1) + "#" + use++, new MetricUse(m.group(1), matchers));
        }
        Set<String> labels = new LinkedHashSet<>(referencedLabels);
        Matcher g = GROUPING.matcher(expr);
        while (g.find()) {
            for (String label : g.group(1).split(",")) if (!label.isBlank()) labels.add(label.trim());
        }
        return new Query(source, expr, List.copyOf(metrics.values()), labels);
    }
}
