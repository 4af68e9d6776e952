package org.streamrec.config;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;

/** Where the job reads and writes. Keys under {@code kafka.}; documented in defaults.yaml. */
public record KafkaConfig(
        String bootstrapServers,
        String groupId,
        List<String> inputTopics,
        String recommendationsTopic,
        String remindersTopic,
        String messagesTopic,
        String alertsTopic,
        String deadLetterTopic,
        String rulesTopic,
        StartingOffsets startingOffsets,
        int topicPartitions,
        Duration transactionTimeout,
        KafkaSecurityConfig security,
        String attributionsTopic) implements Serializable {

    public enum StartingOffsets { EARLIEST, LATEST, COMMITTED }

    /** Every topic the job writes, in the order operators are told about them. */
    public List<String> outputTopics() {
        return List.of(recommendationsTopic, remindersTopic, messagesTopic, alertsTopic, deadLetterTopic, attributionsTopic);
    }

    void validate(Problems p) {
        p.notBlank("bootstrapServers", bootstrapServers);
        p.notBlank("groupId", groupId);
        if (inputTopics == null || inputTopics.isEmpty()) p.add("inputTopics", "must name at least one topic");
        p.notBlank("recommendationsTopic", recommendationsTopic);
        p.notBlank("remindersTopic", remindersTopic);
        p.notBlank("messagesTopic", messagesTopic);
        p.notBlank("alertsTopic", alertsTopic);
        p.notBlank("deadLetterTopic", deadLetterTopic);
        p.notBlank("rulesTopic", rulesTopic);
        p.notBlank("attributionsTopic", attributionsTopic);
        p.positive("topicPartitions", topicPartitions);
        p.positive("transactionTimeout", transactionTimeout);
        if (messagesTopic != null && messagesTopic.equals(remindersTopic)) {
            p.add("messagesTopic", "must differ from remindersTopic (" + remindersTopic + "): the two carry different records");
        }
        if (transactionTimeout != null && transactionTimeout.compareTo(Duration.ofMinutes(15)) > 0) {
            p.add("transactionTimeout", "must stay under the broker's transaction.max.timeout.ms (15m by default), got "
                    + transactionTimeout);
        }
        if (security == null) p.add("security", "missing section");
        else security.validate(p.section("security"));
    }
}
