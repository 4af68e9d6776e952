package org.streamrec.tools.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One object of metrics.json, with exactly these keys. A metric is null when nothing was scored
 * for that model and target (e.g. next_purchase on a dataset without purchases).
 */
@JsonPropertyOrder({"model", "target", "hit_rate_at_10", "ndcg_at_10", "mrr_at_10", "coverage", "events_with_list", "events_scored"})
public record MetricsRow(
        @JsonProperty("model") String model,
        @JsonProperty("target") String target,
        @JsonProperty("hit_rate_at_10") Double hitRateAt10,
        @JsonProperty("ndcg_at_10") Double ndcgAt10,
        @JsonProperty("mrr_at_10") Double mrrAt10,
        @JsonProperty("coverage") Double coverage,
        @JsonProperty("events_with_list") Double eventsWithList,
        @JsonProperty("events_scored") long eventsScored) {

    public static MetricsRow of(TargetScores s) {
        int k = TargetScores.REPORTED_K;
        return new MetricsRow(s.model(), s.target().label(), orNull(s.hitRate(k)), orNull(s.ndcg(k)), orNull(s.mrr(k)),
                orNull(s.coverage()), orNull(s.eventsWithListShare()), s.eventsScored());
    }

    static Double orNull(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
