package org.streamrec.tools.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One precision-recall curve object of metrics.json (target {@code reminder_curve}): the points by
 * rising minimum confidence, and the model's best precision at the recall of the engine's
 * configured threshold or more.
 */
@JsonPropertyOrder({"model", "target", "points", "precision_at_engine_recall"})
public record ReminderCurveRow(
        @JsonProperty("model") String model,
        @JsonProperty("target") String target,
        @JsonProperty("points") List<Map<String, Object>> points,
        @JsonProperty("precision_at_engine_recall") Double precisionAtEngineRecall) {

    static ReminderCurveRow of(ReminderCurves.Curve curve, double engineMinConfidence, List<ReminderCurves.Curve> all) {
        double engineRecall = all.get(0).points().stream().filter(p -> p.threshold() == engineMinConfidence).findFirst()
                .orElseThrow().scores().recall();
        List<Map<String, Object>> points = curve.points().stream().map(p -> {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("min_confidence", p.threshold());
            point.put("precision", MetricsRow.orNull(p.scores().precision()));
            point.put("recall", MetricsRow.orNull(p.scores().recall()));
            point.put("reminders", p.scores().reminders());
            return point;
        }).toList();
        return new ReminderCurveRow(curve.model(), "reminder_curve", points, MetricsRow.orNull(curve.precisionAtRecall(engineRecall)));
    }
}
