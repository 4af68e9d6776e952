package org.streamrec.engine.trending;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Interactions with one item in a sliding event-time window of {@code buckets} slides: a ring of
 * per-slide counts, so state is fixed-size however busy the item is. Events older than the window
 * are ignored. A Flink POJO.
 */
public class WindowedCount {
    /** Count per slide, indexed by slide number modulo the ring size. */
    public List<Long> ring = new ArrayList<>();
    /** Slide number of the newest slide counted so far. */
    public long newestSlide = Long.MIN_VALUE;

    public WindowedCount() {}

    public void add(long time, long slideMillis, int buckets) {
        long slide = Math.floorDiv(time, slideMillis);
        if (ring.isEmpty()) ring.addAll(Collections.nCopies(buckets, 0L));
        advanceTo(slide, buckets);
        if (slide <= newestSlide - buckets) return;
        int i = index(slide, buckets);
        ring.set(i, ring.get(i) + 1);
    }

    /** Interactions in the window that ends with the slide containing {@code time}. */
    public long countAt(long time, long slideMillis, int buckets) {
        if (ring.isEmpty()) return 0;
        long slide = Math.floorDiv(time, slideMillis);
        long total = 0;
        for (long s = Math.max(slide - buckets + 1, newestSlide - buckets + 1); s <= Math.min(slide, newestSlide); s++) {
            total += ring.get(index(s, buckets));
        }
        return total;
    }

    private void advanceTo(long slide, int buckets) {
        if (newestSlide == Long.MIN_VALUE || slide - newestSlide >= buckets) {
            Collections.fill(ring, 0L);
        } else {
            for (long s = newestSlide + 1; s <= slide; s++) ring.set(index(s, buckets), 0L);
        }
        newestSlide = newestSlide == Long.MIN_VALUE ? slide : Math.max(newestSlide, slide);
    }

    private static int index(long slide, int buckets) {
        return (int) Math.floorMod(slide, (long) buckets);
    }
}
