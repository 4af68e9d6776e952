package org.streamrec.tools.monitor;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.ToLongFunction;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.streamrec.config.KafkaConfig;
import org.streamrec.connectors.kafka.KafkaClientProperties;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.engine.model.Recommendation;

/**
 * Reads the recommendations topic as a front end does (its own consumer group, from the latest
 * record on) into a {@link ListProbe}, and serves the probe's meters at {@link #url()}.
 */
public final class ListMonitor implements AutoCloseable {
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final MetricsServer server;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;
    private volatile RuntimeException failure;

    /**
     * @param host the address to serve on (127.0.0.1 for this machine only, 0.0.0.0 for every interface)
     * @param port 0 for any free port
     * @param triggerTime see {@link ListProbe}
     */
    public ListMonitor(KafkaConfig kafka, EventCodec codec, ToLongFunction<Recommendation> triggerTime,
                       String host, int port) throws IOException {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        ListProbe probe = new ListProbe(registry, codec, triggerTime);
        server = new MetricsServer(registry, host, port);
        Properties p = KafkaClientProperties.of(kafka);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "streamrec-monitor-" + System.nanoTime());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        consumer = new KafkaConsumer<>(p);
        consumer.subscribe(List.of(kafka.recommendationsTopic()));
        thread = new Thread(() -> read(probe), "list-monitor");
        thread.setDaemon(true);
        thread.start();
    }

    private void read(ListProbe probe) {
        try {
            while (running.get()) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    probe.observe(r.value(), r.timestamp());
                }
            }
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            consumer.close();
        }
    }

    /** Where Prometheus scrapes the probe. */
    public URI url() {
        return server.url();
    }

    /** Why reading stopped, if it failed; null while it reads. */
    public RuntimeException failure() {
        return failure;
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        thread.join(5_000);
        server.close();
    }
}
