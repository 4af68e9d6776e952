package org.streamrec.tools.eval;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One object of metrics.json, with exactly these keys (the engine's row has no engine_minus_model
 * and no verdict). A metric is null when nothing was scored for that model and target (e.g.
 * next_purchase on a dataset without purchases).
 */
@JsonPropertyOrder({"model", "target", "hit_rate_at_10", "ndcg_at_10", "mrr_at_10", "coverage", "events_with_list", "events_scored",
        "ci95", "engine_minus_model", "verdict"})
public record MetricsRow(
        @JsonProperty("model") String model,
        @JsonProperty("target") String target,
        @JsonProperty("hit_rate_at_10") Double hitRateAt10,
        @JsonProperty("ndcg_at_10") Double ndcgAt10,
        @JsonProperty("mrr_at_10") Double mrrAt10,
        @JsonProperty("coverage") Double coverage,
        @JsonProperty("events_with_list") Double eventsWithList,
        @JsonProperty("events_scored") long eventsScored,
        @JsonProperty("ci95") Map<String, List<Double>> ci95,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("engine_minus_model") Map<String, Map<String, Object>> engineMinusModel,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("verdict") String verdict) {

    /**
     * @param intervals the run's bootstrap; {@code ci95} maps each metric's key to [low, high], and
     *     every model but the engine gets {@code engine_minus_model} (per metric: difference, ci95) and
     *     a verdict
     */
    public static MetricsRow of(TargetScores s, BootstrapIntervals.Result intervals) {
        int k = TargetScores.REPORTED_K;
        Map<String, List<Double>> ci = new LinkedHashMap<>();
        intervals.of(s.model(), s.target()).intervals().forEach((metric, interval) -> ci.put(metric.key(), pair(interval)));
        Optional<BootstrapIntervals.Comparison> comparison = intervals.comparison(s.model(), s.target());
        Map<String, Map<String, Object>> differences = comparison.map(c -> {
            Map<String, Map<String, Object>> byMetric = new LinkedHashMap<>();
            c.differences().forEach((metric, d) -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("difference", orNull(d.value()));
                entry.put("ci95", pair(d.interval()));
                byMetric.put(metric.key(), entry);
            });
            return byMetric;
        }).orElse(null);
        return new MetricsRow(s.model(), s.target().label(), orNull(s.hitRate(k)), orNull(s.ndcg(k)), orNull(s.mrr(k)),
                orNull(s.coverage()), orNull(s.eventsWithListShare()), s.eventsScored(), ci, differences,
                comparison.map(BootstrapIntervals.Comparison::verdict).orElse(null));
    }

    private static List<Double> pair(BootstrapIntervals.Interval interval) {
        return Arrays.asList(orNull(interval.low()), orNull(interval.high()));
    }

    static Double orNull(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
