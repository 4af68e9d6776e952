package org.streamrec.tools.bench;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/** Discards what the job emits, counting it for the launching JVM (jobs on a local MiniCluster). */
final class CountingSink<T> implements Sink<T> {
    private static final Map<String, AtomicLong> COUNTS = new ConcurrentHashMap<>();

    private final String id = UUID.randomUUID().toString();

    CountingSink() {
        COUNTS.put(id, new AtomicLong());
    }

    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) {
        AtomicLong count = COUNTS.get(id);
        return new SinkWriter<>() {
            @Override
            public void write(T element, Context ctx) {
                count.incrementAndGet();
            }

            @Override
            public void flush(boolean endOfInput) {}

            @Override
            public void close() {}
        };
    }

    long count() {
        return COUNTS.get(id).get();
    }

    void release() {
        COUNTS.remove(id);
    }
}
