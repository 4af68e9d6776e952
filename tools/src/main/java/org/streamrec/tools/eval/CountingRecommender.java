package org.streamrec.tools.eval;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import org.streamrec.engine.model.Event;

/**
 * The popularity baselines: items ranked by how many interactions they had (unweighted: every item
 * of every interaction event counts 1, whatever its type; remove_from_cart does not count), minus
 * the items the user may not be recommended ({@link ExcludedItems}).
 * <ul>
 *   <li>{@code popularity}: every interaction so far;</li>
 *   <li>{@code trending}: only interactions within a window of event time ending at the latest
 *       event learned (so a quiet window gives short or empty lists).</li>
 * </ul>
 */
public final class CountingRecommender implements StreamingRecommender {
    private record Counted(long time, String item) {}

    private final String name;
    private final long windowMillis;
    private final CountRanking counts = new CountRanking();
    private final ArrayDeque<Counted> inWindow = new ArrayDeque<>();
    private final ExcludedItems excluded;
    private long latestTime = Long.MIN_VALUE;

    private CountingRecommender(String name, long windowMillis, int excludeLastEvents) {
        this.name = name;
        this.windowMillis = windowMillis;
        this.excluded = new ExcludedItems(excludeLastEvents);
    }

    public static CountingRecommender popularity(int excludeLastEvents) {
        return new CountingRecommender("popularity", Long.MAX_VALUE, excludeLastEvents);
    }

    public static CountingRecommender trending(Duration window, int excludeLastEvents) {
        return trending("trending", window, excludeLastEvents);
    }

    public static CountingRecommender trending(String name, Duration window, int excludeLastEvents) {
        return new CountingRecommender(name, window.toMillis(), excludeLastEvents);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> recommend(String userId, int k) {
        return counts.top(k, item -> excluded.excludes(userId, item));
    }

    @Override
    public void learn(Event e) {
        excluded.observe(e);
        latestTime = Math.max(latestTime, e.eventTime);
        if (windowMillis != Long.MAX_VALUE) {
            while (!inWindow.isEmpty() && latestTime - inWindow.peekFirst().time >= windowMillis) {
                counts.add(inWindow.pollFirst().item, -1);
            }
        }
        for (String item : Target.NEXT_INTERACTION.items(e)) {
            counts.add(item, 1);
            if (windowMillis != Long.MAX_VALUE) inWindow.addLast(new Counted(e.eventTime, item));
        }
    }
}
