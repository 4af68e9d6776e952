package org.streamrec.tools.bench;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.streamrec.engine.model.Recommendation;

/**
 * Discards the job's recommendation lists, noting in an {@link AnswerLog} of the launching JVM (jobs
 * on a local MiniCluster) which workload event each list answers and when it was emitted.
 */
final class CompletionSink implements Sink<Recommendation> {
    private static final Map<String, AnswerLog> LOGS = new ConcurrentHashMap<>();

    private final String id = UUID.randomUUID().toString();

    /** Lists answering events {@code from..to-1} are logged. */
    CompletionSink(long from, long to) {
        LOGS.put(id, new AnswerLog(from, to));
    }

    @Override
    public SinkWriter<Recommendation> createWriter(WriterInitContext context) {
        AnswerLog log = LOGS.get(id);
        return new SinkWriter<>() {
            @Override
            public void write(Recommendation list, Context ctx) {
                log.answered(BenchWorkload.indexOf(list.triggerEventId), System.nanoTime());
            }

            @Override
            public void flush(boolean endOfInput) {}

            @Override
            public void close() {}
        };
    }

    AnswerLog log() {
        return LOGS.get(id);
    }

    /** Forgets the log; call when the job is done. */
    void release() {
        LOGS.remove(id);
    }
}
