package org.streamrec.engine.ranking;

/**
 * How much of shoppers' new items the similar candidates cover: of the interactions with an item the
 * shopper never had before, the share whose item was already a neighbour of one of their other seeds.
 * The ranking weighs its similar share by it against the repeat share (a shopper's own items cover
 * nearly all of their returns). Learnt online by each ranking instance from every shopper it serves,
 * starting from a prior and remembering about {@code memory} recent observations, so each shop, and a
 * shop whose tastes change, gets its own blend instead of one fitted to some data set.
 */
public final class NewItemCoverage {
    private final double prior;
    private final double priorWeight;
    /** What each older observation keeps of its weight per new one; 0 when nothing is learnt. */
    private final double keep;
    private double covered;
    private double seen;

    /** {@code memory} 0 keeps the prior for good. */
    public NewItemCoverage(double prior, double priorWeight, int memory) {
        this.prior = prior;
        this.priorWeight = priorWeight;
        this.keep = memory == 0 ? 0 : 1 - 1.0 / memory;
    }

    public void observe(boolean wasCovered) {
        if (keep == 0) return;
        covered = covered * keep + (wasCovered ? 1 : 0);
        seen = seen * keep + 1;
    }

    /** The share of new items covered, the prior weighing {@code priorWeight} observations. */
    public double value() {
        double weight = seen + priorWeight;
        return weight == 0 ? prior : (covered + prior * priorWeight) / weight;
    }

    /** The decayed counts (covered, seen), for a checkpoint. */
    public double[] counts() {
        return new double[] {covered, seen};
    }

    /** Adds counts from a checkpoint (several when instances were merged by a rescale). */
    public void restore(double[] counts) {
        covered += counts[0];
        seen += counts[1];
    }
}
