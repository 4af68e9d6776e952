package org.streamrec.engine.operators;

import java.util.Map;
import org.streamrec.engine.messages.ItemTouch;
import org.streamrec.engine.similarity.EpochDeltas;
import org.streamrec.engine.similarity.ForwardDecay;

/** Merges the item touches of a bundle per item: count deltas and each partner's deltas add up, in the latest epoch. */
public final class MergeTouches implements BundleFunction<ItemTouch, MergeTouches.Touches, ItemTouch> {

    /** One item's touches so far: per partner {sym, fwd}. */
    public static final class Touches {
        final String itemId;
        final EpochDeltas partners;
        double countDelta;
        long sourceTime;

        Touches(ItemTouch first) {
            itemId = first.itemId;
            partners = new EpochDeltas(2, first.epoch);
            sourceTime = first.sourceTime;
        }
    }

    @Override
    public String key(ItemTouch in) {
        return in.itemId;
    }

    @Override
    public Touches add(Touches acc, ItemTouch in) {
        Touches t = acc == null ? new Touches(in) : acc;
        t.countDelta *= t.partners.moveTo(in.epoch);
        int epoch = t.partners.epoch();
        t.countDelta += ForwardDecay.convert(in.countDelta, in.epoch, epoch);
        t.sourceTime = Math.min(t.sourceTime, in.sourceTime);
        for (int i = 0; i < in.others.length; i++) {
            double[] d = t.partners.of(in.others[i]);
            d[0] += ForwardDecay.convert(in.sym[i], in.epoch, epoch);
            d[1] += ForwardDecay.convert(in.fwd[i], in.epoch, epoch);
        }
        return t;
    }

    @Override
    public ItemTouch finish(Touches t) {
        int n = t.partners.partners().size();
        String[] others = new String[n];
        double[] sym = new double[n];
        double[] fwd = new double[n];
        int i = 0;
        for (Map.Entry<String, double[]> e : t.partners.partners().entrySet()) {
            others[i] = e.getKey();
            sym[i] = e.getValue()[0];
            fwd[i] = e.getValue()[1];
            i++;
        }
        return new ItemTouch(t.itemId, t.countDelta, t.partners.epoch(), others, sym, fwd, t.sourceTime);
    }
}
