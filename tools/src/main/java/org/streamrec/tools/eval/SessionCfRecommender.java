package org.streamrec.tools.eval;

import com.carrotsearch.hppc.IntArrayList;
import com.carrotsearch.hppc.IntDoubleHashMap;
import com.carrotsearch.hppc.IntIntHashMap;
import com.carrotsearch.hppc.IntObjectHashMap;
import com.carrotsearch.hppc.cursors.IntIntCursor;
import java.util.HashMap;
import java.util.Map;
import org.streamrec.engine.model.Event;

/**
 * {@code session_cf}: the simplest real-time item-CF, as issue 14 defines it, untuned. Raw counts:
 * each new item b of a user adds 1 to count(a -> b) for each of the user's last 10 distinct items a
 * (directed: b came after a). The user's last 5 distinct items seed the list, the k-th most
 * recent (k = 0..4) weighted 0.8^k: score(c) = sum of weight x count(seed -> c). No decay, no
 * fallback (no seeds or no counts, no list); items in the user's last events are left out like
 * for every model.
 */
public final class SessionCfRecommender extends CandidateScorer {
    static final int PAIRED_ITEMS = 10;
    static final int SEEDS = 5;
    static final double SEED_DECAY = 0.8;

    private final IntObjectHashMap<IntIntHashMap> counts = new IntObjectHashMap<>();
    private final Map<String, IntArrayList> recentByUser = new HashMap<>();

    public SessionCfRecommender(int excludeLastEvents) {
        super("session_cf", excludeLastEvents, false);
    }

    @Override
    protected IntDoubleHashMap scores(String userId) {
        IntDoubleHashMap scores = new IntDoubleHashMap();
        IntArrayList recent = recentByUser.get(userId);
        if (recent == null) return scores;
        double weight = 1;
        for (int k = 0; k < Math.min(SEEDS, recent.size()); k++, weight *= SEED_DECAY) {
            IntIntHashMap followers = counts.get(recent.get(recent.size() - 1 - k));
            if (followers == null) continue;
            for (IntIntCursor c : followers) scores.addTo(c.key, weight * c.value);
        }
        return scores;
    }

    @Override
    protected void observe(Event e) {
        for (String item : Target.NEXT_INTERACTION.items(e)) {
            int b = items.id(item);
            IntArrayList recent = recentByUser.computeIfAbsent(e.userId, u -> new IntArrayList());
            for (int i = 0; i < recent.size(); i++) {
                int a = recent.get(i);
                if (a == b) continue;
                IntIntHashMap followers = counts.get(a);
                if (followers == null) counts.put(a, followers = new IntIntHashMap());
                followers.addTo(b, 1);
            }
            MostRecent.push(recent, b, PAIRED_ITEMS);
        }
    }
}
