package org.streamrec.tools.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.flink.core.execution.JobClient;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.streamrec.config.ConfigLoader;
import org.streamrec.config.EngineConfig;
import org.streamrec.config.KafkaConfig;
import org.streamrec.connectors.kafka.JobAcls;
import org.streamrec.connectors.kafka.KafkaIO;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.engine.model.DeadLetter;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.Recommendation;
import org.streamrec.engine.model.Reminder;
import org.streamrec.tools.embedded.EmbeddedKafka;
import org.streamrec.tools.local.LocalJob;
import org.streamrec.tools.roundtrip.EventPublisher;
import org.streamrec.tools.roundtrip.OutputWatcher;

/**
 * The job against a broker that speaks only SASL_SSL (SCRAM-SHA-512, a CA made for the test) and
 * enforces ACLs: with its user's credentials and exactly {@link JobAcls} it works end to end, fed
 * and read by the tools' own clients as a shop's user that may write the inputs and read the
 * outputs; with a wrong password, an untrusted certificate or no ACLs it fails before the job is
 * submitted, with a message that names the problem. Everything logged meanwhile, at INFO, holds
 * none of the secrets.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecuredKafkaTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final String ENGINE = "engine";
    private static final String SHOP = "shop";
    private static final String TRANSACTIONS = "secured-reminders";

    @TempDir
    static Path dir;
    private static LogCapture logs;
    private static EmbeddedKafka kafka;
    private static final List<String> secrets = new ArrayList<>();
    private static Path enginePassword;
    private static Path shopPassword;

    @BeforeAll
    static void startBroker() throws Exception {
        logs = new LogCapture();
        kafka = EmbeddedKafka.startSecured();
        secrets.add(Files.readString(Path.of(kafka.adminConnection().get("kafka.security.passwordFile"))));
        String password = "pw-" + Long.toString(System.nanoTime(), 36) + "-Engine";
        secrets.add(password);
        enginePassword = Files.writeString(dir.resolve("engine.password"), password + "\n");
        kafka.addUser(ENGINE, password);
        EngineConfig engine = config(ENGINE, enginePassword, Map.of());
        kafka.grant(JobAcls.of(engine.kafka(), TRANSACTIONS));
        String shop = "pw-" + Long.toString(System.nanoTime(), 36) + "-Shop";
        secrets.add(shop);
        shopPassword = Files.writeString(dir.resolve("shop.password"), shop);
        kafka.addUser(SHOP, shop);
        kafka.grant(shopAcls(engine.kafka()));
        KafkaIO.createTopics(config(EmbeddedKafka.ADMIN, Path.of(kafka.adminConnection().get("kafka.security.passwordFile")),
                Map.of()).kafka());
    }

    @AfterAll
    static void stop() {
        if (kafka != null) kafka.close();
        if (logs != null) logs.close();
    }

    /** A shop's front end: writes the inputs, reads the outputs. */
    private static List<AclBinding> shopAcls(KafkaConfig topics) {
        List<AclBinding> acls = new ArrayList<>();
        List<String> inputs = new ArrayList<>(topics.inputTopics());
        inputs.add(topics.rulesTopic());
        inputs.forEach(topic -> acls.add(allowShop(topic, AclOperation.WRITE)));
        for (String topic : topics.outputTopics()) {
            acls.add(allowShop(topic, AclOperation.READ));
        }
        return acls;
    }

    private static AclBinding allowShop(String topic, AclOperation operation) {
        return new AclBinding(new ResourcePattern(ResourceType.TOPIC, topic, PatternType.LITERAL),
                new AccessControlEntry("User:" + SHOP, "*", operation, AclPermissionType.ALLOW));
    }

    private static EngineConfig config(String user, Path passwordFile, Map<String, String> more) {
        Map<String, String> settings = new HashMap<>(kafka.connection(user, passwordFile));
        settings.put("runtime.checkpointDir", dir.resolve("checkpoints").toUri().toString());
        settings.putAll(more);
        return ConfigLoader.load("test", settings);
    }

    @Test
    @Order(1)
    void withItsCredentialsAndAclsTheJobRecommendsAndTheToolsReadAndWrite() throws Exception {
        EngineConfig config = config(ENGINE, enginePassword, Map.of());
        EventCodec codec = EventCodec.of(config);
        JobClient job = LocalJob.start(config, KafkaIO.jobIO(config.kafka(), codec, TRANSACTIONS), "secured");
        List<Recommendation> recommendations = new CopyOnWriteArrayList<>();
        List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();
        TestEvents t = new TestEvents();
        KafkaConfig asShop = config(SHOP, shopPassword, Map.of()).kafka();
        try (EventPublisher publisher = new EventPublisher(asShop, codec);
             OutputWatcher watcher = new OutputWatcher(asShop, codec, publisher.sendTimes(), new OutputWatcher.Listener() {
                 @Override
                 public void recommendation(Recommendation r, long latencyMillis) {
                     recommendations.add(r);
                 }

                 @Override
                 public void reminder(Reminder r) {}

                 @Override
                 public void deadLetter(DeadLetter letter) {
                     deadLetters.add(letter);
                 }
             })) {
            List.of(t.view("s-u1", "s-A"), t.view("s-u1", "s-B")).forEach(publisher::publish);
            publisher.publishRaw(KafkaTestClients.utf8("{\"eventId\": \"broken\""));
            Instant deadline = Instant.now().plus(TIMEOUT);
            boolean found = false;
            for (int n = 0; !found && Instant.now().isBefore(deadline); n++) {
                Event probe = t.view("s-probe-" + n, "s-A");
                publisher.publish(probe);
                publisher.flush();
                Thread.sleep(1_000);
                found = recommendations.stream().anyMatch(r -> r.triggerEventId.equals(probe.eventId)
                        && r.items.stream().anyMatch(i -> i.itemId.equals("s-B")));
            }
            assertTrue(found, "no list recommending s-B after s-A within " + TIMEOUT + ": " + recommendations);
            assertTrue(deadLetters.stream().anyMatch(d -> d.reason.startsWith("bad_json")), "the dead letter: " + deadLetters);
        } finally {
            job.cancel().get();
        }
    }

    @Test
    @Order(2)
    void aWrongPasswordFailsAtStartNamingTheUserAndTheKeys() throws Exception {
        String wrong = "not-the-" + Long.toString(System.nanoTime(), 36);
        secrets.add(wrong);
        Path wrongFile = Files.writeString(dir.resolve("wrong.password"), wrong);
        EngineConfig config = config(ENGINE, wrongFile, Map.of());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> KafkaIO.jobIO(config.kafka(), EventCodec.of(config), TRANSACTIONS));
        assertEquals("Kafka at " + kafka.bootstrapServers() + " refused the user 'engine' (kafka.security.username) "
                + "(authentication failed with SCRAM-SHA-512): check kafka.security.username and the password in "
                + "kafka.security.passwordFile (" + wrongFile + ")", e.getMessage());
    }

    @Test
    @Order(3)
    void aBrokerCertificateTheClientDoesNotTrustFailsAtStartNamingTheTrustStore() {
        EngineConfig config = config(ENGINE, enginePassword, Map.of("kafka.security.truststoreFile", ""));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> KafkaIO.jobIO(config.kafka(), EventCodec.of(config), TRANSACTIONS));
        assertTrue(e.getMessage().startsWith("the TLS handshake with Kafka at " + kafka.bootstrapServers() + " failed: "),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("check that the JVM's default trust store holds the CA that signed the brokers' "
                + "certificates"), e.getMessage());
    }

    @Test
    @Order(4)
    void aUserWithoutAclsIsToldWhichTopicsItMayNotUse() throws Exception {
        String password = "stranger-" + Long.toString(System.nanoTime(), 36);
        secrets.add(password);
        kafka.addUser("stranger", password);
        EngineConfig config = config("stranger", Files.writeString(dir.resolve("stranger.password"), password), Map.of());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> KafkaIO.jobIO(config.kafka(), EventCodec.of(config), TRANSACTIONS));
        assertEquals("the user 'stranger' (kafka.security.username) may not use the topics [recs.events, recs.catalogue, "
                + "recs.rules, recs.recommendations, recs.reminders, recs.messages, recs.alerts, recs.dead-letters, "
                + "recs.attributions] on " + kafka.bootstrapServers()
                + ": grant the ACLs in docs/reliability.md (read the input and rules topics, write the output topics)",
                e.getMessage());
    }

    @Test
    @Order(5)
    void noSecretAppearsInAnyLogOutput() {
        String logged = logs.text();
        assertTrue(logged.contains("sasl.jaas.config = [hidden]"), "the capture must hold the clients' configuration dumps");
        assertTrue(logged.contains("invalid credentials"), "and the failed authentication");
        assertEquals(5, secrets.size());
        for (String secret : secrets) assertFalse(logged.contains(secret), "a secret was logged");
    }
}
