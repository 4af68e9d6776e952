package org.streamrec.tools.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.flink.core.execution.JobClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.streamrec.config.ConfigLoader;
import org.streamrec.config.EngineConfig;
import org.streamrec.connectors.kafka.KafkaIO;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.Message;
import org.streamrec.engine.model.MessageKind;
import org.streamrec.tools.local.LocalJob;
import org.streamrec.tools.roundtrip.EventPublisher;

/**
 * The whole job between the real Kafka source and the exactly-once messages sink, on a MiniCluster
 * with RocksDB and checkpoints: a cart left alone comes out of the messages topic, once, committed,
 * with its offer chosen from the item card the item side published.
 */
class MessagesKafkaTest {
    @RegisterExtension
    static final EmbeddedKafkaExtension KAFKA = new EmbeddedKafkaExtension();

    private static final long HOUR = 3_600_000L;

    @TempDir java.nio.file.Path checkpoints;

    @Test
    void anAbandonedCartReachesTheMessagesTopicWithItsOffer() throws Exception {
        EngineConfig config = ConfigLoader.load("test", Map.of(
                "kafka.bootstrapServers", KAFKA.bootstrapServers(),
                "kafka.topicPartitions", "1",
                "runtime.checkpointDir", checkpoints.toUri().toString(),
                "triggers.abandonedCart.after", "2h",
                // The shop's clock is a day ago at whatever hour the test runs: no quiet hours to wait for.
                "contact.quietHoursStart", "0", "contact.quietHoursEnd", "0"));
        KafkaIO.createTopics(config.kafka());
        EventCodec codec = EventCodec.of(config);
        JobClient job = LocalJob.start(config, KafkaIO.jobIO(config.kafka(), codec, "messages-test"), "messages test");

        TestEvents t = new TestEvents();
        long start = System.currentTimeMillis() - 24 * HOUR;
        Event price = t.catalogue("tea", "drinks", 4.5, 100);
        price.eventTime = start;
        Event cart = t.of(EventType.ADD_TO_CART, "ann", "tea");
        cart.eventTime = start + HOUR;
        Event later = t.view("bob", "mug");
        later.eventTime = start + 4 * HOUR;
        try (EventPublisher publisher = new EventPublisher(config.kafka(), codec);
             TopicReader messages = new TopicReader(KAFKA.bootstrapServers(), config.kafka().messagesTopic())) {
            for (Event e : List.of(price, cart, later)) publisher.publish(e);
            publisher.flush();
            List<Message> out = messages.until(r -> !r.isEmpty(), Duration.ofSeconds(90)).stream()
                    .map(r -> codec.decodeMessage(r.value())).toList();
            assertEquals(1, out.size());
            Message m = out.get(0);
            assertEquals(MessageKind.ABANDONED_CART, m.kind);
            assertEquals("ann", m.userId);
            assertEquals(List.of("tea"), m.items);
            assertEquals(start + 3 * HOUR, m.sendTime);
            assertEquals(cart.eventId, m.triggerEventId);
            assertEquals("tea", m.offer.itemId);
            assertEquals(4.5, m.offer.value);
            assertEquals(1, messages.during(Duration.ofSeconds(3)).size(), "committed once");
        } finally {
            job.cancel().get();
        }
    }
}
