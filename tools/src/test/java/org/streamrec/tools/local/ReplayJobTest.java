package org.streamrec.tools.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.junit.jupiter.api.Test;
import org.streamrec.config.ConfigLoader;
import org.streamrec.config.EngineConfig;
import org.streamrec.tools.kafka.TestEvents;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.engine.job.JobIO;
import org.streamrec.engine.model.DeadLetter;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.IngestRecord;
import org.streamrec.engine.model.Recommendation;
import org.streamrec.engine.model.Reminder;

/** The whole job graph on a MiniCluster with RocksDB, fed by the in-process replay source. */
class ReplayJobTest {
    private static final int PROBES = 20;
    private static final double PACE_PER_SECOND = 10;

    @Test
    void recommendsCooccurringItemsInSimilarityOrder() throws Exception {
        EngineConfig config = ConfigLoader.load("test", Map.of("runtime.parallelism", "1"));
        TestEvents t = new TestEvents();
        List<Event> events = new ArrayList<>(List.of(
                t.view("u1", "A"), t.view("u1", "B"),
                t.view("u2", "A"), t.view("u2", "B"),
                t.view("u3", "A"), t.view("u3", "C")));
        // Requests and co-occurrence updates travel different paths: new shoppers keep viewing A,
        // paced, so the last of them sees every update landed.
        for (int n = 0; n < PROBES; n++) events.add(t.view("probe-" + n, "A"));
        Event last = events.get(events.size() - 1);

        CollectingSink<Recommendation> recs = new CollectingSink<>();
        CollectingSink<Reminder> reminders = new CollectingSink<>();
        CollectingSink<DeadLetter> dead = new CollectingSink<>();
        EventCodec codec = EventCodec.of(config);
        LocalJob.runToEnd(config, JobIO.reading(new ReplaySource(events, codec, PACE_PER_SECOND).source()).recommendations(recs).reminders(reminders).deadLetters(dead).build(), "replay test");

        Recommendation forLastProbe = recs.collected().stream()
                .filter(r -> r.triggerEventId.equals(last.eventId)).findFirst().orElseThrow();
        assertEquals(List.of("B", "C"), forLastProbe.items.stream().map(i -> i.itemId).toList());
        // asymmetric cosine: B/C = 2^alpha (B co-occurred with A twice and was seen twice, C once and once);
        // events seconds apart weigh within 1e-5 of each other under the co-occurrence half-life
        assertEquals(Math.pow(2, config.similarity().alpha()), forLastProbe.items.get(0).score / forLastProbe.items.get(1).score, 1e-4);
        assertEquals(0, dead.collected().size());
    }
}
