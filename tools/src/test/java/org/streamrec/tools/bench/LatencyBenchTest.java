package org.streamrec.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.streamrec.config.ConfigLoader;
import org.streamrec.config.EngineConfig;
import org.streamrec.connectors.kafka.KafkaClientProperties;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.engine.model.IngestRecord;
import org.streamrec.engine.model.Recommendation;

/** The latency run through a real broker, against a stand-in that answers every event but one. */
class LatencyBenchTest {
    /** Event 150 is due 1.5 s into the run, after the 1 s warm-up: a measured event. */
    private static final long DROPPED = 150;

    @Test
    void aListThatNeverComesIsCountedAsAMiss() throws Exception {
        LatencyBench bench = new LatencyBench(extra -> ConfigLoader.load("test", extra), new WorkloadShape(50, 40, 0.9, 3));

        // The drain always runs to its end here (one list never comes): long enough for a loaded machine.
        LatencyResult result = bench.measure("fixed", "test", new EchoAllBut(DROPPED), 100, 1, 2, Duration.ofSeconds(15));

        LatencyOutcome o = result.outcome();
        assertEquals(200, o.measured(), "2 s at 100 events/s after the warm-up");
        assertEquals(199, o.answered());
        assertEquals(199, o.lists());
        assertEquals(1, o.misses());
        assertEquals(Double.POSITIVE_INFINITY, o.max());
        assertEquals(Double.POSITIVE_INFINITY, o.p999(), "one miss in 200 is more than 0.1%");
        assertTrue(Double.isFinite(o.p99()), "but less than 1%: " + o);
        assertTrue(o.drainSeconds() >= 15, "waited out the drain for the missing list: " + o);
        assertEquals(Optional.empty(), result.figures());
    }

    /** Reads the events topic and writes a list for every event except one, as fast as it can. */
    private record EchoAllBut(long dropped) implements LatencyTarget {
        @Override
        public Running start(EngineConfig config) {
            AtomicBoolean running = new AtomicBoolean(true);
            Thread echo = new Thread(() -> echo(config, running), "echo");
            echo.start();
            return new Running() {
                @Override
                public Optional<JobFigures> figures(ThreadCpu windowStart, long windowStartMillis, long eventsSent) {
                    return Optional.empty();
                }

                @Override
                public void close() throws InterruptedException {
                    running.set(false);
                    echo.join(10_000);
                }
            };
        }

        private void echo(EngineConfig config, AtomicBoolean running) {
            EventCodec codec = EventCodec.of(config);
            Properties consumerProps = KafkaClientProperties.of(config.kafka());
            consumerProps.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
            consumerProps.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
            Properties producerProps = KafkaClientProperties.of(config.kafka());
            producerProps.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
            producerProps.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
            producerProps.put(ProducerConfig.LINGER_MS_CONFIG, 0);
            String events = config.kafka().inputTopics().get(0);
            try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProps);
                 KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProps)) {
                List<TopicPartition> partitions = consumer.partitionsFor(events).stream()
                        .map(p -> new TopicPartition(events, p.partition())).toList();
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                while (running.get()) {
                    for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(20))) {
                        IngestRecord in = codec.decode(r.value(), r.topic(), r.partition(), r.offset(), System.currentTimeMillis());
                        if (BenchWorkload.indexOf(in.event.eventId) == dropped) continue;
                        Recommendation list = new Recommendation();
                        list.userId = in.event.userId;
                        list.triggerEventId = in.event.eventId;
                        list.items = List.of();
                        producer.send(new ProducerRecord<>(config.kafka().recommendationsTopic(), r.key(), codec.encode(list)));
                    }
                }
            }
        }
    }
}
