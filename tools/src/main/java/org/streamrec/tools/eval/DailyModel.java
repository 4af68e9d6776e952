package org.streamrec.tools.eval;

import com.carrotsearch.hppc.IntObjectHashMap;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@link ItemCooccurrence} retrained every day of event time (UTC days) on everything so far,
 * as a batch system does overnight: ratings learned during a day are held back and applied when
 * the first event of a later day arrives, so the neighbours read on any day are those of the
 * ratings before that day began. Applying the held ratings incrementally gives exactly the batch
 * result. Neighbour lists are computed when first asked for and kept until the next retraining.
 */
final class DailyModel {
    private static final long DAY = 86_400_000L;

    private record Rating(String userId, int item, double rating) {}

    private final ItemCooccurrence trained;
    private final int neighbours;
    private final boolean withSelf;
    private final List<Rating> today = new ArrayList<>();
    private final IntObjectHashMap<ItemCooccurrence.Neighbours> cache = new IntObjectHashMap<>();
    private long day = Long.MIN_VALUE;
    private int retrainings;

    DailyModel(ItemCooccurrence.Measure measure, int neighbours, boolean withSelf) {
        this.trained = new ItemCooccurrence(measure);
        this.neighbours = neighbours;
        this.withSelf = withSelf;
    }

    /** Learns a rating made at {@code time}; call in event-time order. */
    void rate(String userId, int item, double rating, long time) {
        long d = Math.floorDiv(time, DAY);
        if (d > day) {
            if (!today.isEmpty()) {
                today.forEach(r -> trained.rate(r.userId(), r.item(), r.rating()));
                today.clear();
                cache.clear();
                retrainings++;
            }
            day = d;
        }
        today.add(new Rating(userId, item, rating));
    }

    /** The item's neighbours in the model trained before today. */
    ItemCooccurrence.Neighbours neighbours(int item) {
        ItemCooccurrence.Neighbours n = cache.get(item);
        if (n == null) cache.put(item, n = trained.neighbours(item, neighbours, withSelf));
        return n;
    }

    /** How often the model was retrained with new ratings. */
    int retrainings() {
        return retrainings;
    }
}
