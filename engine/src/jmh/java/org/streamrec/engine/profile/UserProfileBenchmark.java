package org.streamrec.engine.profile;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.streamrec.config.ConfigLoader;
import org.streamrec.config.EngineConfig;
import org.streamrec.engine.messages.RankRequest;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;

/**
 * The user side of one event: a view recorded into a profile that already holds its full share of
 * items (profile.maxItems, recentItems from the defaults), and the rank request built after it
 * (seeds, repeats, exclusions), as the user profile operator does for every event.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class UserProfileBenchmark {
    private final EngineConfig config = ConfigLoader.defaults();
    private UserState user;
    private Event[] views;
    private long time;
    private int next;

    @Setup
    public void fill() {
        user = new UserState(config.ranking().excludeLastEvents());
        time = 1_700_000_000_000L;
        views = new Event[4096];
        for (int i = 0; i < views.length; i++) {
            views[i] = TestEvents.on(EventType.VIEW, "u", "i" + (i * 7919 % 400), 0);
        }
        for (int i = 0; i < 2 * config.profile().maxItems(); i++) record();
    }

    @Benchmark
    public List<CooccurrenceDelta> record() {
        Event e = views[next++ & (views.length - 1)];
        e.eventTime = time += 1000;
        return user.profile.record(e, config.profile(), config.similarity());
    }

    @Benchmark
    public RankRequest request() {
        return RankRequests.after(views[next & (views.length - 1)], user, config.profile(), config.ranking());
    }
}
