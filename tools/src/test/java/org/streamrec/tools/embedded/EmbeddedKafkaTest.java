package org.streamrec.tools.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.streamrec.tools.kafka.KafkaTestClients.admin;
import static org.streamrec.tools.kafka.KafkaTestClients.consume;
import static org.streamrec.tools.kafka.KafkaTestClients.producer;
import static org.streamrec.tools.kafka.KafkaTestClients.text;
import static org.streamrec.tools.kafka.KafkaTestClients.utf8;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.streamrec.tools.kafka.EmbeddedKafkaExtension;

class EmbeddedKafkaTest {
    @RegisterExtension
    static final EmbeddedKafkaExtension KAFKA = new EmbeddedKafkaExtension();

    @Test
    void listensOnLoopback() {
        assertTrue(KAFKA.bootstrapServers().matches("127\\.0\\.0\\.1:\\d+"), KAFKA.bootstrapServers());
    }

    @Test
    void createsTopicsAndCarriesRecords() throws Exception {
        try (Admin admin = admin(KAFKA.bootstrapServers())) {
            admin.createTopics(List.of(new NewTopic("plain", 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
            assertEquals(3, admin.describeTopics(List.of("plain")).allTopicNames().get().get("plain").partitions().size());
        }
        try (KafkaProducer<byte[], byte[]> producer = producer(KAFKA.bootstrapServers(), Map.of())) {
            for (int i = 0; i < 10; i++) producer.send(new ProducerRecord<>("plain", utf8("k" + i), utf8("v" + i)));
        }
        List<String> values = values("plain", false, 10);
        assertEquals(10, values.size());
        assertTrue(values.containsAll(List.of("v0", "v9")));
    }

    @Test
    void readCommittedConsumersNeverSeeAbortedTransactions() throws Exception {
        try (Admin admin = admin(KAFKA.bootstrapServers())) {
            admin.createTopics(List.of(new NewTopic("tx", 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        Map<String, Object> transactional = Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "test-tx");
        try (KafkaProducer<byte[], byte[]> producer = producer(KAFKA.bootstrapServers(), transactional)) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>("tx", utf8("u1"), utf8("aborted")));
            producer.flush();
            producer.abortTransaction();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>("tx", utf8("u1"), utf8("committed")));
            producer.commitTransaction();
        }
        assertEquals(List.of("committed"), values("tx", true, 1));
        List<String> everything = values("tx", false, 2);
        assertEquals(List.of("aborted", "committed"), everything, "the aborted record is in the log, only hidden");
    }

    @Test
    void closeStopsTheBrokerAndDeletesItsData() {
        EmbeddedKafka second = EmbeddedKafka.start();
        Path data = second.directory();
        assertTrue(Files.isDirectory(data));
        second.close();
        second.close();
        assertFalse(Files.exists(data));
    }

    private static List<String> values(String topic, boolean readCommitted, int expected) {
        return consume(KAFKA.bootstrapServers(), topic, readCommitted, expected, Duration.ofSeconds(30)).stream()
                .map(r -> text(r.value())).toList();
    }
}
