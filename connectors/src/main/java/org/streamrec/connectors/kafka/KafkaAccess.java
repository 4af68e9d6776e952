package org.streamrec.connectors.kafka;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.streamrec.config.KafkaConfig;
import org.streamrec.config.KafkaSecurityConfig;

/**
 * Checks, before a job is submitted, that the brokers accept the job's credentials and let it use
 * its topics and consumer groups. Inside a running job the same problems only show as failing
 * tasks and endless restarts; here each becomes one message that names the problem and the
 * configuration keys to look at, and never a secret.
 */
public final class KafkaAccess {
    private static final int TIMEOUT_SECONDS = 20;

    private KafkaAccess() {}

    /** @throws IllegalStateException naming what is wrong */
    public static void check(KafkaConfig config) {
        Properties properties = KafkaClientProperties.of(config);
        properties.setProperty(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Integer.toString(TIMEOUT_SECONDS * 1000 / 2));
        properties.setProperty(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Integer.toString(TIMEOUT_SECONDS * 1000));
        try (Admin admin = Admin.create(properties)) {
            admin.describeCluster().clusterId().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            checkTopics(config, admin);
            checkGroups(config, admin);
        } catch (ExecutionException e) {
            throw new IllegalStateException(explain(config, e.getCause()), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException(explain(config, e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking access to Kafka at " + config.bootstrapServers(), e);
        }
    }

    /** Every topic the job reads or writes. */
    static Set<String> topics(KafkaConfig config) {
        Set<String> topics = new LinkedHashSet<>(config.inputTopics());
        topics.add(config.rulesTopic());
        topics.addAll(config.outputTopics());
        return topics;
    }

    /** The consumer groups of the job's two sources: events and rules. */
    static List<String> groups(KafkaConfig config) {
        return List.of(config.groupId(), config.groupId() + KafkaIO.RULES_GROUP_SUFFIX);
    }

    private static void checkTopics(KafkaConfig config, Admin admin)
            throws InterruptedException, ExecutionException, TimeoutException {
        List<String> forbidden = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Set<String> topics = topics(config);
        Map<String, KafkaFuture<TopicDescription>> described = admin.describeTopics(topics).topicNameValues();
        for (String topic : topics) {
            try {
                described.get(topic).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof TopicAuthorizationException) forbidden.add(topic);
                else if (e.getCause() instanceof UnknownTopicOrPartitionException) missing.add(topic);
                else throw e;
            }
        }
        if (!forbidden.isEmpty()) {
            throw new IllegalStateException(who(config) + " may not use the topics " + forbidden + " on " + config.bootstrapServers()
                    + ": grant the ACLs in docs/reliability.md (read the input and rules topics, write the output topics)");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the topics " + missing + " do not exist on " + config.bootstrapServers()
                    + " (kafka.*Topic, kafka.inputTopics): create them first");
        }
    }

    private static void checkGroups(KafkaConfig config, Admin admin)
            throws InterruptedException, ExecutionException, TimeoutException {
        List<String> forbidden = new ArrayList<>();
        List<String> groups = groups(config);
        var described = admin.describeConsumerGroups(groups).describedGroups();
        for (String group : groups) {
            try {
                described.get(group).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof GroupAuthorizationException) forbidden.add(group);
                else if (!(e.getCause() instanceof GroupIdNotFoundException)) throw e; // a new group: fine
            }
        }
        if (!forbidden.isEmpty()) {
            throw new IllegalStateException(who(config) + " may not use the consumer groups " + forbidden + " on "
                    + config.bootstrapServers() + " (kafka.groupId): grant READ on them");
        }
    }

    /** What a Kafka client's failure means for this configuration, naming the keys to check. */
    static String explain(KafkaConfig config, Throwable failure) {
        KafkaSecurityConfig security = config.security();
        String at = "Kafka at " + config.bootstrapServers();
        if (failure instanceof SaslAuthenticationException) {
            return at + " refused " + who(config) + " (authentication failed with " + security.saslMechanism().kafkaName()
                    + "): check kafka.security.username and the password in kafka.security.passwordFile ("
                    + security.passwordFile() + ")";
        }
        if (failure instanceof SslAuthenticationException) {
            return "the TLS handshake with " + at + " failed: " + rootMessage(failure) + "; check that "
                    + (security.truststoreFile().isBlank() ? "the JVM's default trust store"
                            : "kafka.security.truststoreFile (" + security.truststoreFile() + ")")
                    + " holds the CA that signed the brokers' certificates";
        }
        if (failure instanceof AuthorizationException) {
            return at + " denied " + who(config) + " an operation: " + failure.getMessage();
        }
        if (failure instanceof TimeoutException || failure instanceof org.apache.kafka.common.errors.TimeoutException) {
            return "no answer from " + at + " within " + TIMEOUT_SECONDS + " s: check kafka.bootstrapServers, and that "
                    + "kafka.security.protocol (" + security.protocol() + ") is what the brokers' listener speaks";
        }
        return at + ": " + failure;
    }

    private static String who(KafkaConfig config) {
        KafkaSecurityConfig security = config.security();
        return security.protocol().usesSasl() ? "the user '" + security.username() + "' (kafka.security.username)"
                : "this client (" + security.protocol() + ", no user)";
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root.getMessage();
    }
}
