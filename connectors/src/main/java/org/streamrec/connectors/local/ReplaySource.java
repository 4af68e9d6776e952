package org.streamrec.connectors.local;

import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.IngestRecord;

/**
 * A bounded source that replays events in their given order through the same wire format and
 * parser as Kafka input. Order is kept only at source parallelism 1: each reader takes a slice.
 */
public final class ReplaySource {
    private ReplaySource() {}

    /** @param eventsPerSecond replay pace, or 0 for as fast as the job takes them */
    public static DataGeneratorSource<IngestRecord> of(List<Event> events, EventCodec codec, double eventsPerSecond) {
        byte[][] payloads = events.stream().map(codec::encode).toArray(byte[][]::new);
        GeneratorFunction<Long, IngestRecord> replay = index ->
                codec.decode(payloads[index.intValue()], "replay", 0, index, System.currentTimeMillis());
        return new DataGeneratorSource<>(replay, payloads.length, eventsPerSecond > 0 ? RateLimiterStrategy.perSecond(eventsPerSecond) : RateLimiterStrategy.noOp(),
                TypeInformation.of(IngestRecord.class));
    }
}
