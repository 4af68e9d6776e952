package org.streamrec.tools.eval;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.streamrec.tools.config.LaunchConfig;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.RankedItem;
import org.streamrec.engine.model.Recommendation;

/**
 * A stand-in for the Flink job in tests: after each interaction it emits the user's popularity list
 * ({@code ranking.listSize} items), triggered by that event, as the real engine emits its lists; its
 * reminders expect every purchased item again {@link #REMINDER_INTERVAL} later, reminded
 * {@code reminders.leadTime} ahead.
 */
final class PopularityEngineReplay implements EngineReplay {
    static final Duration REMINDER_INTERVAL = Duration.ofHours(3);

    @Override
    public ReplayOutput replay(List<Event> events, LaunchConfig config) {
        CountingRecommender popularity = CountingRecommender.popularity(config.tools().eval().excludeLastEvents());
        List<Recommendation> emitted = new ArrayList<>();
        for (Event e : events) {
            popularity.learn(e);
            if (Target.NEXT_INTERACTION.items(e).isEmpty()) continue;
            Recommendation r = new Recommendation();
            r.recId = "rec-" + e.eventId;
            r.userId = e.userId;
            r.triggerEventId = e.eventId;
            r.eventTime = e.eventTime;
            r.items = popularity.recommend(e.userId, config.engine().ranking().listSize()).stream()
                    .map(item -> new RankedItem(item, 1, "popular", RankedItem.TRENDING)).toList();
            emitted.add(r);
        }
        return new ReplayOutput(emitted, ReminderBaselines.fixedInterval(events, REMINDER_INTERVAL, config.engine().reminders().leadTime()),
                List.of(), List.of());
    }
}
