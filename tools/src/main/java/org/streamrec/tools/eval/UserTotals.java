package org.streamrec.tools.eval;

import java.util.Arrays;

/**
 * One model's scored cases for one target, summed per user (users by the evaluator's index, the
 * same for every model of a run): cases, and hits, DCG and reciprocal rank at {@link TargetScores#REPORTED_K}.
 * What the bootstrap resamples: a user's cases are correlated, so users are the unit.
 */
public final class UserTotals {
    private double[] cases = new double[16];
    private double[] hits = new double[16];
    private double[] dcg = new double[16];
    private double[] reciprocalRank = new double[16];
    private int users;

    /** Adds one case of {@code user}, whose item was at {@code rank} (0 for a miss). */
    void add(int user, int rank) {
        if (user >= cases.length) {
            int size = Math.max(user + 1, cases.length * 2);
            cases = Arrays.copyOf(cases, size);
            hits = Arrays.copyOf(hits, size);
            dcg = Arrays.copyOf(dcg, size);
            reciprocalRank = Arrays.copyOf(reciprocalRank, size);
        }
        users = Math.max(users, user + 1);
        cases[user]++;
        if (rank >= 1 && rank <= TargetScores.REPORTED_K) {
            hits[user]++;
            dcg[user] += 1 / (Math.log(rank + 1) / Math.log(2));
            reciprocalRank[user] += 1.0 / rank;
        }
    }

    /** Users indexed so far (some may have no case here). */
    public int users() {
        return users;
    }

    public double cases(int user) {
        return user < users ? cases[user] : 0;
    }

    /** The user's sum of the metric's gains. */
    public double sum(Metric metric, int user) {
        if (user >= users) return 0;
        return switch (metric) {
            case HIT_RATE -> hits[user];
            case NDCG -> dcg[user];
            case MRR -> reciprocalRank[user];
        };
    }

    /** The metrics at {@link TargetScores#REPORTED_K} that get intervals. */
    public enum Metric {
        HIT_RATE("hit_rate_at_10", "HitRate@10"),
        NDCG("ndcg_at_10", "NDCG@10"),
        MRR("mrr_at_10", "MRR@10");

        private final String key;
        private final String label;

        Metric(String key, String label) {
            this.key = key;
            this.label = label;
        }

        /** The key in metrics.json. */
        public String key() {
            return key;
        }

        public String label() {
            return label;
        }
    }
}
