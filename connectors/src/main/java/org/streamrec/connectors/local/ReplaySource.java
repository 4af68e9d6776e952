package org.streamrec.connectors.local;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.IngestRecord;

/**
 * A bounded source that replays events in their given order through the same wire format and
 * parser as Kafka input, for jobs on a local MiniCluster. Order is kept only at source
 * parallelism 1 (each reader takes a slice). {@link #emitted()} tells the launching JVM how far
 * the replay has got.
 */
public final class ReplaySource {
    private static final Map<String, AtomicLong> PROGRESS = new ConcurrentHashMap<>();

    private final String id = UUID.randomUUID().toString();
    private final AtomicLong emitted = new AtomicLong();
    private final DataGeneratorSource<IngestRecord> source;

    /** @param eventsPerSecond replay pace, or 0 for as fast as the job takes them */
    public ReplaySource(List<Event> events, EventCodec codec, double eventsPerSecond) {
        PROGRESS.put(id, emitted);
        byte[][] payloads = events.stream().map(codec::encode).toArray(byte[][]::new);
        String progressId = id;
        GeneratorFunction<Long, IngestRecord> replay = index -> {
            PROGRESS.get(progressId).incrementAndGet();
            return codec.decode(payloads[index.intValue()], "replay", 0, index, System.currentTimeMillis());
        };
        source = new DataGeneratorSource<>(replay, payloads.length,
                eventsPerSecond > 0 ? RateLimiterStrategy.perSecond(eventsPerSecond) : RateLimiterStrategy.noOp(),
                TypeInformation.of(IngestRecord.class));
    }

    public DataGeneratorSource<IngestRecord> source() {
        return source;
    }

    /** Events handed to the job so far. */
    public long emitted() {
        return emitted.get();
    }

    /** Forgets the progress counter; call when the job is done. */
    public void release() {
        PROGRESS.remove(id);
    }
}
