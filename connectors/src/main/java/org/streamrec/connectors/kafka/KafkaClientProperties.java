package org.streamrec.connectors.kafka;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;
import org.streamrec.config.KafkaConfig;
import org.streamrec.config.KafkaSecurityConfig;

/**
 * The connection settings every Kafka client of the job shares: bootstrap servers and security
 * ({@code kafka.security.*}). The SASL password is read from its file here, once, and goes only into
 * {@code sasl.jaas.config}, a property Kafka's clients never print.
 */
public final class KafkaClientProperties {
    private KafkaClientProperties() {}

    /** @throws IllegalArgumentException naming the key whose file cannot be read */
    public static Properties of(KafkaConfig config) {
        Properties p = new Properties();
        p.setProperty(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        KafkaSecurityConfig security = config.security();
        p.setProperty(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, security.protocol().name());
        if (security.protocol().usesSasl()) {
            p.setProperty(SaslConfigs.SASL_MECHANISM, security.saslMechanism().kafkaName());
            p.setProperty(SaslConfigs.SASL_JAAS_CONFIG, jaasConfig(security));
        }
        if (security.protocol().usesTls() && !security.truststoreFile().isBlank()) {
            p.setProperty(SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, "PEM");
            p.setProperty(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, readable("truststoreFile", security.truststoreFile()).toString());
        }
        return p;
    }

    private static String jaasConfig(KafkaSecurityConfig security) {
        String module = security.saslMechanism() == KafkaSecurityConfig.SaslMechanism.PLAIN
                ? "org.apache.kafka.common.security.plain.PlainLoginModule"
                : "org.apache.kafka.common.security.scram.ScramLoginModule";
        return module + " required username=\"" + escape(security.username()) + "\" password=\"" + escape(password(security)) + "\";";
    }

    private static String password(KafkaSecurityConfig security) {
        Path file = readable("passwordFile", security.passwordFile());
        try {
            // A Secret mounted as a file often ends with a newline that is not part of the password.
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalArgumentException("kafka.security.passwordFile: cannot read " + file + ": " + e.getMessage());
        }
    }

    private static Path readable(String key, String path) {
        Path file = Path.of(path);
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("kafka.security." + key + ": no readable file at " + file.toAbsolutePath());
        }
        return file;
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
