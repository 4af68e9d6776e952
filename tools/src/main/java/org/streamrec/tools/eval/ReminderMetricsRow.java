package org.streamrec.tools.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One reminder object of metrics.json, with exactly these keys; target is always {@code reminder}.
 * A metric is null when there was nothing to compute it from (no judged reminder, no repurchase, no hit).
 */
@JsonPropertyOrder({"model", "target", "precision", "recall", "timing_error_days_median", "reminders"})
public record ReminderMetricsRow(
        @JsonProperty("model") String model,
        @JsonProperty("target") String target,
        @JsonProperty("precision") Double precision,
        @JsonProperty("recall") Double recall,
        @JsonProperty("timing_error_days_median") Double timingErrorDaysMedian,
        @JsonProperty("reminders") long reminders) {

    public static final String TARGET = "reminder";

    public static ReminderMetricsRow of(ReminderModelScores m) {
        ReminderScores s = m.scores();
        return new ReminderMetricsRow(m.model(), TARGET, MetricsRow.orNull(s.precision()), MetricsRow.orNull(s.recall()),
                MetricsRow.orNull(s.timingErrorDaysMedian()), s.reminders());
    }
}
