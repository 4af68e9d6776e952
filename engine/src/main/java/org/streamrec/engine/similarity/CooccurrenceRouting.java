package org.streamrec.engine.similarity;

import java.util.ArrayList;
import java.util.List;
import org.streamrec.engine.messages.ItemTouch;
import org.streamrec.engine.messages.PairUpdate;
import org.streamrec.engine.profile.CooccurrenceDelta;
import org.streamrec.engine.profile.Partner;

/**
 * How a user's co-occurrence changes travel to the item neighbourhoods: the user side turns each
 * change into item touches ({@link #touches}); the item counter adds the item's count and stamps it
 * on the updates for the item's partners ({@link #stamp}); each neighbourhood applies its updates
 * ({@link ItemNeighbourhood#apply}). The job runs these steps in three operators, with bundles
 * between them; tests run them in one thread.
 */
public final class CooccurrenceRouting {
    private static final String[] NONE = new String[0];
    private static final double[] ZERO = new double[0];

    private CooccurrenceRouting() {}

    /**
     * Each change as one touch of the item with all its partners, and one touch of each partner with
     * the item, scaled into the event's forward-decay epoch so that bundles can add them up.
     */
    public static List<ItemTouch> touches(List<CooccurrenceDelta> deltas, ForwardDecay decay, long eventTime) {
        List<ItemTouch> touches = new ArrayList<>();
        int epoch = decay.epochOf(eventTime);
        double f = decay.factor(eventTime, epoch);
        for (CooccurrenceDelta d : deltas) {
            List<Partner> partners = d.partners();
            int n = partners.size();
            String[] others = new String[n];
            double[] sym = new double[n];
            double[] fwd = new double[n];
            for (int i = 0; i < n; i++) {
                Partner p = partners.get(i);
                others[i] = p.itemId();
                sym[i] = p.sym() * f;
                fwd[i] = p.fwd() * f;
                touches.add(new ItemTouch(p.itemId(), 0, epoch, new String[] {d.itemId()}, new double[] {sym[i]},
                        new double[] {0}, eventTime));
            }
            touches.add(new ItemTouch(d.itemId(), d.countDelta() * f, epoch, others, sym, fwd, eventTime));
        }
        return touches;
    }

    /**
     * Adds the touch's count delta to {@code count} (the touched item's), and returns the updates it
     * causes: the item's new count for its own neighbourhood, if it changed, and for each partner the
     * co-occurrence deltas stamped with the item's count.
     */
    public static List<PairUpdate> stamp(ItemCount count, ItemTouch touch) {
        List<PairUpdate> updates = new ArrayList<>(touch.others.length + 1);
        count.moveTo(touch.epoch);
        if (touch.countDelta != 0) {
            count.add(touch.countDelta, touch.epoch);
            PairUpdate self = update(touch.itemId, count.epoch, touch.sourceTime);
            self.count = count.value;
            self.others = NONE;
            self.sym = self.fwd = self.otherCount = ZERO;
            updates.add(self);
        }
        for (int i = 0; i < touch.others.length; i++) {
            PairUpdate u = update(touch.others[i], count.epoch, touch.sourceTime);
            u.others = new String[] {touch.itemId};
            u.sym = new double[] {ForwardDecay.convert(touch.sym[i], touch.epoch, count.epoch)};
            u.fwd = new double[] {ForwardDecay.convert(touch.fwd[i], touch.epoch, count.epoch)};
            u.otherCount = new double[] {count.value};
            updates.add(u);
        }
        return updates;
    }

    private static PairUpdate update(String itemId, int epoch, long sourceTime) {
        PairUpdate u = new PairUpdate();
        u.itemId = itemId;
        u.epoch = epoch;
        u.sourceTime = sourceTime;
        return u;
    }
}
