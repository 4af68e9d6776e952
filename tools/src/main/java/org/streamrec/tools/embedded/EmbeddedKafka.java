package org.streamrec.tools.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.streamrec.config.ConfigLoader;
import org.streamrec.connectors.kafka.KafkaClientProperties;

/**
 * A real single-node Kafka (KRaft, one process acting as broker and controller) inside this JVM,
 * listening on 127.0.0.1 at a free port, with its data in a temporary directory that
 * {@link #close()} deletes. Set up for one node: internal topics have replication factor 1, so
 * consumer groups and transactions work. For the demo and integration tests, not for production.
 *
 * <p>{@link #startSecured()} starts it with one SASL_SSL listener instead: TLS with a certificate
 * signed by a CA made for the purpose ({@link #caCertificate()}), SCRAM-SHA-512 users, and ACLs
 * enforced by KRaft's StandardAuthorizer. Its super user {@value #ADMIN} creates users and grants
 * ACLs. The controller listener stays plaintext on loopback, and its principal (ANONYMOUS) is a
 * super user, because that is how the broker registers with its own controller.
 */
public final class EmbeddedKafka implements AutoCloseable {
    /** The super user of a secured broker. */
    public static final String ADMIN = "admin";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final String LOOPBACK = LocalMachine.LOOPBACK;
    private static final int START_ATTEMPTS = 3;
    private static final String SCRAM = "SCRAM-SHA-512";
    private static final int ADMIN_TIMEOUT_SECONDS = 30;

    private final KafkaRaftServer server;
    private final Path directory;
    private final String bootstrapServers;
    /** Null for a plaintext broker. */
    private final Security security;
    private final Thread shutdownHook;
    private boolean closed;

    /** What a secured broker's clients need: the CA to trust and the admin's password file. */
    private record Security(Path caCertificate, Path adminPasswordFile) {}

    private EmbeddedKafka(KafkaRaftServer server, Path directory, String bootstrapServers, Security security) {
        this.server = server;
        this.directory = directory;
        this.bootstrapServers = bootstrapServers;
        this.security = security;
        // An interrupted demo (Ctrl-C) should not leave a broker's data behind in the temp folder.
        this.shutdownHook = new Thread(this::stop, "embedded-kafka-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Formats fresh storage and starts a plaintext broker; returns once it accepts clients. */
    public static EmbeddedKafka start() {
        return start(false);
    }

    /** Formats fresh storage and starts a SASL_SSL broker with ACLs; returns once it accepts clients. */
    public static EmbeddedKafka startSecured() {
        return start(true);
    }

    private static EmbeddedKafka start(boolean secured) {
        RuntimeException last = null;
        // The free ports are found before Kafka binds them; another process may take one in between.
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            try {
                return startOnce(secured);
            } catch (RuntimeException e) {
                last = e;
                LOG.warn("Embedded Kafka start attempt {} of {} failed: {}", attempt, START_ATTEMPTS, e.toString());
            }
        }
        throw new IllegalStateException("embedded Kafka did not start after " + START_ATTEMPTS + " attempts", last);
    }

    private static EmbeddedKafka startOnce(boolean secured) {
        long started = System.nanoTime();
        Path directory = LocalMachine.createTempDirectory("streamrec-kafka-");
        try {
            int brokerPort = LocalMachine.freePort();
            int controllerPort = LocalMachine.freePort();
            Properties properties = serverProperties(directory.resolve("data"), secured ? "SASL_SSL" : "PLAINTEXT",
                    brokerPort, controllerPort);
            List<String> formatOptions = new ArrayList<>();
            Security security = null;
            if (secured) {
                String adminPassword = randomPassword();
                TestCertificates.Files tls = TestCertificates.create(directory, randomPassword());
                properties.putAll(saslSslProperties(tls, adminPassword));
                formatOptions.addAll(List.of("--add-scram", SCRAM + "=[name=" + ADMIN + ",password=" + adminPassword + "]"));
                security = new Security(tls.caPem(), writeSecret(directory.resolve("admin.password"), adminPassword));
            }
            Path configFile = writeConfig(directory, properties);
            format(configFile, formatOptions);
            KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(load(configFile)), Time.SYSTEM);
            try {
                server.startup();
            } catch (RuntimeException e) {
                server.shutdown();
                server.awaitShutdown();
                throw e;
            }
            EmbeddedKafka kafka = new EmbeddedKafka(server, directory, LOOPBACK + ":" + brokerPort, security);
            LOG.info("Embedded Kafka up at {}{} in {} ms (data in {})", kafka.bootstrapServers, secured ? " (SASL_SSL)" : "",
                    (System.nanoTime() - started) / 1_000_000, directory);
            return kafka;
        } catch (RuntimeException e) {
            delete(directory);
            throw e;
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** A secured broker's CA certificate (PEM), for {@code kafka.security.truststoreFile}. */
    public Path caCertificate() {
        return requireSecured().caCertificate();
    }

    /**
     * The configuration keys that connect a client to this broker: for a secured one, as
     * {@code user} with the password in {@code passwordFile}; a plaintext one ignores both.
     */
    public Map<String, String> connection(String user, Path passwordFile) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("kafka.bootstrapServers", bootstrapServers);
        if (security != null) {
            settings.put("kafka.security.protocol", "SASL_SSL");
            settings.put("kafka.security.saslMechanism", SCRAM);
            settings.put("kafka.security.username", user);
            settings.put("kafka.security.passwordFile", passwordFile.toString());
            settings.put("kafka.security.truststoreFile", security.caCertificate().toString());
        }
        return settings;
    }

    /** {@link #connection} as the super user. */
    public Map<String, String> adminConnection() {
        return connection(ADMIN, requireSecured().adminPasswordFile());
    }

    /** Adds (or changes) a SCRAM-SHA-512 user of a secured broker. */
    public void addUser(String name, String password) {
        UserScramCredentialUpsertion user = new UserScramCredentialUpsertion(name,
                new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), password);
        asAdmin(admin -> admin.alterUserScramCredentials(List.of(user)).all().get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS));
    }

    /** Grants ACLs on a secured broker. */
    public void grant(Collection<AclBinding> acls) {
        asAdmin(admin -> admin.createAcls(acls).all().get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS));
    }

    private interface AdminCall {
        void run(Admin admin) throws InterruptedException, ExecutionException, TimeoutException;
    }

    private void asAdmin(AdminCall call) {
        try (Admin admin = Admin.create(KafkaClientProperties.of(ConfigLoader.load(null, adminConnection()).kafka()))) {
            call.run(admin);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while administering the embedded Kafka", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("administering the embedded Kafka at " + bootstrapServers + " failed: " + e, e);
        }
    }

    private Security requireSecured() {
        if (security == null) throw new IllegalStateException("this embedded Kafka is plaintext; start it with startSecured()");
        return security;
    }

    Path directory() {
        return directory;
    }

    /** Stops the broker and deletes its data. Safe to call more than once. */
    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The JVM is exiting and the hook runs stop() itself.
        }
    }

    private synchronized void stop() {
        if (closed) return;
        closed = true;
        server.shutdown();
        server.awaitShutdown();
        delete(directory);
        LOG.info("Embedded Kafka at {} stopped", bootstrapServers);
    }

    /** @param protocol of the one listener for clients and for the broker itself: PLAINTEXT or SASL_SSL */
    static Properties serverProperties(Path dataDirectory, String protocol, int brokerPort, int controllerPort) {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@" + LOOPBACK + ":" + controllerPort);
        p.setProperty("listeners", protocol + "://" + LOOPBACK + ":" + brokerPort + ",CONTROLLER://" + LOOPBACK + ":" + controllerPort);
        p.setProperty("advertised.listeners", protocol + "://" + LOOPBACK + ":" + brokerPort);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", protocol);
        p.setProperty("listener.security.protocol.map", protocol + ":" + protocol + ",CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", dataDirectory.toString());
        // One node: every internal topic must live with a single replica.
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("default.replication.factor", "1");
        // Fewer internal partitions than the default 50 make the first group and transaction fast.
        p.setProperty("offsets.topic.num.partitions", "4");
        p.setProperty("transaction.state.log.num.partitions", "4");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        return p;
    }

    /**
     * TLS, SCRAM and ACLs on the SASL_SSL listener. The broker is a client of that listener too (its
     * transaction markers go to itself), as the admin, trusting the same CA as every other client.
     */
    private static Properties saslSslProperties(TestCertificates.Files tls, String adminPassword) {
        Properties p = new Properties();
        p.setProperty("sasl.enabled.mechanisms", SCRAM);
        p.setProperty("sasl.mechanism.inter.broker.protocol", SCRAM);
        p.setProperty("listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + ADMIN
                        + "\" password=\"" + adminPassword + "\";");
        p.setProperty("ssl.keystore.type", "PKCS12");
        p.setProperty("ssl.keystore.location", tls.brokerKeystore().toString());
        p.setProperty("ssl.keystore.password", tls.keystorePassword());
        p.setProperty("ssl.key.password", tls.keystorePassword());
        p.setProperty("ssl.truststore.type", "PEM");
        p.setProperty("ssl.truststore.location", tls.caPem().toString());
        p.setProperty("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        p.setProperty("super.users", "User:" + ADMIN + ";User:ANONYMOUS");
        return p;
    }

    static Path writeConfig(Path directory, Properties properties) {
        Path file = directory.resolve("server.properties");
        try (Writer out = Files.newBufferedWriter(ownerOnly(file), StandardCharsets.UTF_8)) {
            properties.store(out, "embedded Kafka");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    private static Path writeSecret(Path file, String secret) {
        try {
            return Files.writeString(ownerOnly(file), secret, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Creates the file readable by its owner only: it may hold passwords. */
    private static Path ownerOnly(Path file) throws IOException {
        return Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
    }

    private static String randomPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 24; i++) password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return password.toString();
    }

    private static Properties load(Path configFile) {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + configFile, e);
        }
        return p;
    }

    /** What {@code kafka-storage.sh format} does: write the cluster id and bootstrap metadata (and SCRAM users). */
    static void format(Path configFile, List<String> options) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("format", "-t", Uuid.randomUuid().toString(), "-c", configFile.toString()));
        args.addAll(options);
        int status;
        try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            status = StorageTool.execute(args.toArray(String[]::new), out);
        }
        if (status != 0) {
            throw new IllegalStateException("formatting Kafka storage failed (" + status + "): "
                    + output.toString(StandardCharsets.UTF_8));
        }
    }

    private static void delete(Path directory) {
        if (!LocalMachine.deleteRecursively(directory)) LOG.warn("Could not delete {}", directory);
    }
}
