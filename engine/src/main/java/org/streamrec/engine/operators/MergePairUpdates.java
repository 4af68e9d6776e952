package org.streamrec.engine.operators;

import java.util.Map;
import org.streamrec.engine.messages.PairUpdate;
import org.streamrec.engine.similarity.EpochDeltas;
import org.streamrec.engine.similarity.ForwardDecay;

/**
 * Merges the pair updates of a bundle per item: co-occurrence deltas add up, and the latest count of
 * the item and of each partner wins, all in the latest epoch.
 */
public final class MergePairUpdates implements BundleFunction<PairUpdate, MergePairUpdates.Updates, PairUpdate> {

    /** One item's updates so far: per partner {sym, fwd, otherCount}. */
    public static final class Updates {
        final String itemId;
        final EpochDeltas partners;
        double count = Double.NaN;
        long sourceTime;

        Updates(PairUpdate first) {
            itemId = first.itemId;
            partners = new EpochDeltas(3, first.epoch);
            sourceTime = first.sourceTime;
        }
    }

    @Override
    public String key(PairUpdate in) {
        return in.itemId;
    }

    @Override
    public Updates add(Updates acc, PairUpdate in) {
        Updates u = acc == null ? new Updates(in) : acc;
        u.count *= u.partners.moveTo(in.epoch);
        int epoch = u.partners.epoch();
        if (!Double.isNaN(in.count)) u.count = ForwardDecay.convert(in.count, in.epoch, epoch);
        u.sourceTime = Math.min(u.sourceTime, in.sourceTime);
        for (int i = 0; i < in.others.length; i++) {
            double[] d = u.partners.of(in.others[i]);
            d[0] += ForwardDecay.convert(in.sym[i], in.epoch, epoch);
            d[1] += ForwardDecay.convert(in.fwd[i], in.epoch, epoch);
            d[2] = ForwardDecay.convert(in.otherCount[i], in.epoch, epoch);
        }
        return u;
    }

    @Override
    public PairUpdate finish(Updates u) {
        Map<String, double[]> partners = u.partners.partners();
        int n = partners.size();
        PairUpdate out = new PairUpdate();
        out.itemId = u.itemId;
        out.epoch = u.partners.epoch();
        out.count = u.count;
        out.sourceTime = u.sourceTime;
        out.others = new String[n];
        out.sym = new double[n];
        out.fwd = new double[n];
        out.otherCount = new double[n];
        int i = 0;
        for (Map.Entry<String, double[]> e : partners.entrySet()) {
            out.others[i] = e.getKey();
            out.sym[i] = e.getValue()[0];
            out.fwd[i] = e.getValue()[1];
            out.otherCount[i] = e.getValue()[2];
            i++;
        }
        return out;
    }
}
