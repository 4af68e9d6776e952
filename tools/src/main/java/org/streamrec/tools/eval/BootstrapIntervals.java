package org.streamrec.tools.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.streamrec.tools.eval.UserTotals.Metric;

/**
 * 95% bootstrap intervals over users for every model's HitRate, NDCG and MRR at 10, and the paired
 * difference reference (the engine) minus each other model. A replicate draws as many users as had
 * cases, with replacement, and recomputes each metric as (sum of the drawn users' gains) / (sum of
 * their cases); the same draw serves every model, so differences are paired. The interval is the
 * 2.5th to 97.5th percentile of the replicates (linear interpolation between order statistics).
 * A fixed seed makes a run's intervals repeatable.
 */
public final class BootstrapIntervals {
    /** A 95% interval. */
    public record Interval(double low, double high) {
        static final Interval NONE = new Interval(Double.NaN, Double.NaN);
    }

    /** The intervals of one model's metrics for one target. */
    public record ModelIntervals(String model, Target target, Map<Metric, Interval> intervals) {}

    /** Reference minus model for one metric and target: the point difference and its interval. */
    public record Difference(double value, Interval interval) {}

    /** The paired differences of one model against the reference, with the verdict. */
    public record Comparison(String model, Target target, Map<Metric, Difference> differences) {
        /** From HitRate@10 and NDCG@10: who is ahead, when both intervals agree on it. */
        public String verdict() {
            Interval hit = differences.get(Metric.HIT_RATE).interval();
            Interval ndcg = differences.get(Metric.NDCG).interval();
            if (hit.low() > 0 && ndcg.low() > 0) return "engine ahead";
            if (hit.high() < 0 && ndcg.high() < 0) return model + " ahead";
            if (Double.isNaN(hit.low())) return "nothing scored";
            return "no clear difference";
        }
    }

    /** Every model's intervals and every comparison, models and targets in the order of the scores. */
    public record Result(List<ModelIntervals> models, List<Comparison> comparisons) {
        public ModelIntervals of(String model, Target target) {
            return models.stream().filter(m -> m.model().equals(model) && m.target() == target).findFirst().orElseThrow();
        }

        /** Empty for the reference itself. */
        public java.util.Optional<Comparison> comparison(String model, Target target) {
            return comparisons.stream().filter(c -> c.model().equals(model) && c.target() == target).findFirst();
        }
    }

    private BootstrapIntervals() {}

    /**
     * @param scores every model's scores for every target, from one evaluation (same cases, same user indices)
     * @param reference the model every other is compared with
     */
    public static Result of(List<TargetScores> scores, String reference, int samples, long seed) {
        List<ModelIntervals> models = new ArrayList<>();
        List<Comparison> comparisons = new ArrayList<>();
        for (Target target : Target.values()) {
            List<TargetScores> ofTarget = scores.stream().filter(s -> s.target() == target).toList();
            if (ofTarget.isEmpty()) continue;
            double[][][] replicates = replicates(ofTarget, samples, new SplittableRandom(seed + target.ordinal()));
            int ref = indexOf(ofTarget, reference);
            for (int m = 0; m < ofTarget.size(); m++) {
                TargetScores s = ofTarget.get(m);
                Map<Metric, Interval> intervals = new EnumMap<>(Metric.class);
                Map<Metric, Difference> differences = new EnumMap<>(Metric.class);
                for (Metric metric : Metric.values()) {
                    intervals.put(metric, interval(replicates[m][metric.ordinal()]));
                    if (ref >= 0 && m != ref) {
                        double[] diff = new double[samples];
                        for (int b = 0; b < samples; b++) diff[b] = replicates[ref][metric.ordinal()][b] - replicates[m][metric.ordinal()][b];
                        differences.put(metric, new Difference(value(ofTarget.get(ref), metric) - value(s, metric), interval(diff)));
                    }
                }
                models.add(new ModelIntervals(s.model(), target, intervals));
                if (!differences.isEmpty()) comparisons.add(new Comparison(s.model(), target, differences));
            }
        }
        return new Result(models, comparisons);
    }

    /** [model][metric][replicate]; empty rows of NaN when nothing was scored. */
    private static double[][][] replicates(List<TargetScores> models, int samples, SplittableRandom random) {
        UserTotals first = models.get(0).perUser();
        int[] users = java.util.stream.IntStream.range(0, first.users()).filter(u -> first.cases(u) > 0).toArray();
        double[][][] out = new double[models.size()][Metric.values().length][samples];
        if (users.length == 0) {
            for (double[][] model : out) for (double[] metric : model) Arrays.fill(metric, Double.NaN);
            return out;
        }
        int[] drawn = new int[users.length];
        for (int b = 0; b < samples; b++) {
            Arrays.fill(drawn, 0);
            for (int k = 0; k < users.length; k++) drawn[random.nextInt(users.length)]++;
            double cases = 0;
            for (int k = 0; k < users.length; k++) cases += drawn[k] * first.cases(users[k]);
            for (int m = 0; m < models.size(); m++) {
                UserTotals totals = models.get(m).perUser();
                for (Metric metric : Metric.values()) {
                    double gains = 0;
                    for (int k = 0; k < users.length; k++) {
                        if (drawn[k] != 0) gains += drawn[k] * totals.sum(metric, users[k]);
                    }
                    out[m][metric.ordinal()][b] = gains / cases;
                }
            }
        }
        return out;
    }

    private static Interval interval(double[] replicates) {
        double[] sorted = replicates.clone();
        Arrays.sort(sorted);
        if (sorted.length == 0 || Double.isNaN(sorted[0])) return Interval.NONE;
        return new Interval(percentile(sorted, 0.025), percentile(sorted, 0.975));
    }

    static double percentile(double[] sorted, double q) {
        double at = q * (sorted.length - 1);
        int below = (int) Math.floor(at);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (at - below) * (sorted[above] - sorted[below]);
    }

    private static double value(TargetScores s, Metric metric) {
        int k = TargetScores.REPORTED_K;
        return switch (metric) {
            case HIT_RATE -> s.hitRate(k);
            case NDCG -> s.ndcg(k);
            case MRR -> s.mrr(k);
        };
    }

    private static int indexOf(List<TargetScores> models, String name) {
        for (int m = 0; m < models.size(); m++) if (models.get(m).model().equals(name)) return m;
        return -1;
    }
}
