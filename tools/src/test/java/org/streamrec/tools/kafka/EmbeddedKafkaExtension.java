package org.streamrec.tools.kafka;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.streamrec.tools.embedded.EmbeddedKafka;

/**
 * One embedded broker for all tests of a class:
 * {@code @RegisterExtension static final EmbeddedKafkaExtension KAFKA = new EmbeddedKafkaExtension();}
 */
public final class EmbeddedKafkaExtension implements BeforeAllCallback, AfterAllCallback {
    private EmbeddedKafka kafka;

    @Override
    public void beforeAll(ExtensionContext context) {
        kafka = EmbeddedKafka.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        kafka.close();
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }
}
