package org.streamrec.tools.roundtrip;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.streamrec.config.KafkaConfig;
import org.streamrec.connectors.kafka.KafkaClientProperties;
import org.streamrec.connectors.kafka.KafkaIO;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.engine.model.DeadLetter;
import org.streamrec.engine.model.IntentAlert;
import org.streamrec.engine.model.Message;
import org.streamrec.engine.model.MessageKind;
import org.streamrec.engine.model.Recommendation;
import org.streamrec.engine.model.Reminder;

/**
 * Reads the job's output topics back (read_committed, as a front end would), measures each
 * recommendation's latency from its triggering event's send time, and reports what it sees. It
 * reads every partition from the start without a consumer group, so it needs no group ACL, and
 * nothing of its own is left on the broker.
 */
public final class OutputWatcher implements AutoCloseable {
    /** What the watcher reports, as it reads it. */
    public interface Listener {
        void recommendation(Recommendation r, long latencyMillis);

        void reminder(Reminder r);

        void deadLetter(DeadLetter letter);

        default void message(Message m) {}

        default void alert(IntentAlert a) {}
    }

    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaConfig topics;
    private final EventCodec codec;
    private final Map<String, Long> sendTimes;
    private final Listener listener;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;
    private final LatencyStats latency = new LatencyStats();
    private final AtomicLong recommendations = new AtomicLong();
    private final AtomicLong reminders = new AtomicLong();
    private final AtomicLong deadLetters = new AtomicLong();
    private final Map<MessageKind, AtomicLong> messages = new EnumMap<>(MessageKind.class);
    private final AtomicLong alerts = new AtomicLong();

    /** @param topics where to read, connected as the job is ({@code kafka.security.*}) */
    public OutputWatcher(KafkaConfig topics, EventCodec codec, Map<String, Long> sendTimes, Listener listener) {
        this.topics = topics;
        this.codec = codec;
        this.sendTimes = sendTimes;
        this.listener = listener;
        for (MessageKind kind : MessageKind.values()) messages.put(kind, new AtomicLong());
        Properties p = KafkaClientProperties.of(topics);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        consumer = new KafkaConsumer<>(p);
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(topics.recommendationsTopic(), topics.remindersTopic(), topics.messagesTopic(),
                topics.alertsTopic(), topics.deadLetterTopic())) {
            for (PartitionInfo partition : consumer.partitionsFor(topic, METADATA_TIMEOUT)) {
                partitions.add(new TopicPartition(topic, partition.partition()));
            }
        }
        consumer.assign(partitions);
        thread = new Thread(this::run, "output-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (running.get()) {
            for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                long now = System.currentTimeMillis();
                dispatch(r, now);
            }
        }
        consumer.close();
    }

    private void dispatch(ConsumerRecord<byte[], byte[]> r, long now) {
        String topic = r.topic();
        if (topic.equals(topics.recommendationsTopic())) {
            if (r.value() == null) return; // a forgotten user's tombstone: their list is gone
            Recommendation rec = codec.decodeRecommendation(r.value());
            Long sent = sendTimes.get(rec.triggerEventId);
            long latencyMillis = sent == null ? -1 : now - sent;
            synchronized (latency) {
                if (sent != null) latency.add(latencyMillis);
            }
            recommendations.incrementAndGet();
            listener.recommendation(rec, latencyMillis);
        } else if (topic.equals(topics.remindersTopic())) {
            reminders.incrementAndGet();
            messages.get(MessageKind.REMINDER).incrementAndGet();
            listener.reminder(codec.decodeReminder(r.value()));
        } else if (topic.equals(topics.messagesTopic())) {
            Message m = codec.decodeMessage(r.value());
            messages.get(m.kind).incrementAndGet();
            listener.message(m);
        } else if (topic.equals(topics.alertsTopic())) {
            alerts.incrementAndGet();
            listener.alert(codec.decodeAlert(r.value()));
        } else {
            deadLetters.incrementAndGet();
            listener.deadLetter(KafkaIO.deadLetterOf(r));
        }
    }

    public long recommendations() {
        return recommendations.get();
    }

    public long reminders() {
        return reminders.get();
    }

    public long deadLetters() {
        return deadLetters.get();
    }

    /** Messages read of one kind; reminders count as kind reminder. */
    public long messages(MessageKind kind) {
        return messages.get(kind).get();
    }

    /** Triggered offers read, every kind but reminders. */
    public long triggeredMessages() {
        return messages.entrySet().stream().filter(e -> e.getKey() != MessageKind.REMINDER).mapToLong(e -> e.getValue().get()).sum();
    }

    public long alerts() {
        return alerts.get();
    }

    /** Every record read on any topic, to tell when the outputs stop growing. */
    public long outputs() {
        return recommendations() + reminders() + triggeredMessages() + alerts() + deadLetters();
    }

    /** Reads the latencies measured so far. */
    public <T> T latency(java.util.function.Function<LatencyStats, T> reader) {
        synchronized (latency) {
            return reader.apply(latency);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        thread.join(5_000);
    }
}
