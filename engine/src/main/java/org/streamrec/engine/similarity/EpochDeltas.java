package org.streamrec.engine.similarity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-partner sums of a fixed number of values, all in one forward-decay epoch: what a bundle adds
 * up for one item. Values added in an earlier epoch are brought to the later one, and the sums move
 * when a later epoch arrives. Partners keep the order they first came in.
 */
public final class EpochDeltas {
    private final int width;
    private int epoch;
    private final Map<String, double[]> byPartner = new LinkedHashMap<>();

    public EpochDeltas(int width, int epoch) {
        this.width = width;
        this.epoch = epoch;
    }

    public int epoch() {
        return epoch;
    }

    /** Moves every sum to {@code to} if that epoch is later; returns the factor to apply to values kept elsewhere. */
    public double moveTo(int to) {
        if (to <= epoch) return 1;
        double factor = ForwardDecay.convert(1, epoch, to);
        for (double[] values : byPartner.values()) {
            for (int k = 0; k < width; k++) values[k] *= factor;
        }
        epoch = to;
        return factor;
    }

    /** The partner's values, in this epoch, for the caller to add to or set. */
    public double[] of(String partner) {
        return byPartner.computeIfAbsent(partner, p -> new double[width]);
    }

    public Map<String, double[]> partners() {
        return byPartner;
    }
}
