package org.streamrec.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;

/**
 * How the job authenticates to Kafka and checks the broker's certificate. Keys under
 * {@code kafka.security.}; documented in defaults.yaml. No secret is ever a configuration value:
 * the SASL password is read from {@link #passwordFile} when the job is built.
 */
public record KafkaSecurityConfig(
        Protocol protocol,
        SaslMechanism saslMechanism,
        String username,
        String passwordFile,
        String truststoreFile) implements Serializable {

    public enum Protocol {
        PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL;

        public boolean usesSasl() {
            return this == SASL_PLAINTEXT || this == SASL_SSL;
        }

        public boolean usesTls() {
            return this == SSL || this == SASL_SSL;
        }
    }

    public enum SaslMechanism {
        @JsonProperty("SCRAM-SHA-512") SCRAM_SHA_512("SCRAM-SHA-512"),
        @JsonProperty("SCRAM-SHA-256") SCRAM_SHA_256("SCRAM-SHA-256"),
        @JsonProperty("PLAIN") PLAIN("PLAIN");

        private final String kafkaName;

        SaslMechanism(String kafkaName) {
            this.kafkaName = kafkaName;
        }

        /** The name Kafka's sasl.mechanism takes. */
        public String kafkaName() {
            return kafkaName;
        }
    }

    void validate(Problems p) {
        if (protocol == null) p.add("protocol", "must be one of PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL");
        if (protocol != null && protocol.usesSasl()) {
            if (saslMechanism == null) p.add("saslMechanism", "must be one of SCRAM-SHA-512, SCRAM-SHA-256, PLAIN with " + protocol);
            p.notBlank("username", username);
            p.notBlank("passwordFile", passwordFile);
        }
        if (truststoreFile != null && !truststoreFile.isBlank() && (protocol == null || !protocol.usesTls())) {
            p.add("truststoreFile", "is only used with SSL or SASL_SSL, but protocol is " + protocol);
        }
    }
}
