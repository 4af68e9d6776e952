package org.streamrec.connectors.kafka;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.streamrec.config.KafkaConfig;

/**
 * The ACLs the job's Kafka user ({@code kafka.security.username}) needs on a broker that enforces
 * them, and no more: read its input and rules topics with its two consumer groups, write its output
 * topics, and run the reminders sink's transactions (READ and WRITE imply DESCRIBE; writing to a
 * topic lets a producer be idempotent since Kafka 3.0). Creating topics is not among them:
 * production topics are made by whoever runs the brokers. The secured-broker test grants exactly these.
 */
public final class JobAcls {
    private JobAcls() {}

    /** @param transactionalIdPrefix the reminders sink's, as passed to {@link KafkaIO#jobIO} */
    public static List<AclBinding> of(KafkaConfig config, String transactionalIdPrefix) {
        String principal = "User:" + config.security().username();
        List<AclBinding> acls = new ArrayList<>();
        List<String> read = new ArrayList<>(config.inputTopics());
        read.add(config.rulesTopic());
        for (String topic : read) {
            acls.add(allow(principal, ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.READ));
        }
        for (String topic : config.outputTopics()) {
            acls.add(allow(principal, ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.WRITE));
        }
        for (String group : KafkaAccess.groups(config)) {
            acls.add(allow(principal, ResourceType.GROUP, group, PatternType.LITERAL, AclOperation.READ));
        }
        acls.add(allow(principal, ResourceType.TRANSACTIONAL_ID, transactionalIdPrefix, PatternType.PREFIXED, AclOperation.WRITE));
        return acls;
    }

    private static AclBinding allow(String principal, ResourceType type, String name, PatternType pattern, AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, name, pattern),
                new AccessControlEntry(principal, "*", operation, AclPermissionType.ALLOW));
    }
}
