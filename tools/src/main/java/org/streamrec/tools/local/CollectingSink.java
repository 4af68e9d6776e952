package org.streamrec.tools.local;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * A sink that hands records to the launching JVM, for jobs run on a local MiniCluster (evaluation,
 * benchmarks, tests). Writers in any subtask append to one queue named by the sink's id.
 */
public final class CollectingSink<T> implements Sink<T> {
    private static final Map<String, Queue<Object>> QUEUES = new ConcurrentHashMap<>();

    /** Told of each record as it is collected, in the writer's thread. */
    public interface Listener<T> extends Serializable {
        void collected(T record);
    }

    private final String id = UUID.randomUUID().toString();
    private final Listener<T> listener;

    public CollectingSink() {
        this(record -> {});
    }

    public CollectingSink(Listener<T> listener) {
        this.listener = listener;
        QUEUES.put(id, new ConcurrentLinkedQueue<>());
    }

    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) {
        Queue<Object> queue = QUEUES.get(id);
        return new SinkWriter<>() {
            @Override
            public void write(T element, Context ctx) {
                queue.add(element);
                listener.collected(element);
            }

            @Override
            public void flush(boolean endOfInput) {}

            @Override
            public void close() {}
        };
    }

    /** Everything collected so far (a copy). */
    @SuppressWarnings("unchecked")
    public List<T> collected() {
        return new ArrayList<>((Queue<T>) (Queue<?>) QUEUES.get(id));
    }

    /** Forgets the queue; call when the job is done. */
    public void release() {
        QUEUES.remove(id);
    }
}
