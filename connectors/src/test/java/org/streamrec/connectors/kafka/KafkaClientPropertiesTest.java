package org.streamrec.connectors.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.streamrec.config.ConfigLoader;
import org.streamrec.config.KafkaConfig;

class KafkaClientPropertiesTest {
    @TempDir
    Path dir;

    @Test
    void plaintextNeedsNoSecrets() {
        Properties p = KafkaClientProperties.of(ConfigLoader.defaults().kafka());
        assertEquals("localhost:9092", p.getProperty("bootstrap.servers"));
        assertEquals("PLAINTEXT", p.getProperty("security.protocol"));
        assertFalse(p.containsKey("sasl.jaas.config"));
    }

    @Test
    void saslSslReadsThePasswordFromItsFileAndTrustsThePemCa() throws Exception {
        Path password = Files.writeString(dir.resolve("password"), "s3cr\"et\n");
        Path ca = Files.writeString(dir.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----\n");
        Properties p = KafkaClientProperties.of(kafka(Map.of(
                "kafka.security.protocol", "SASL_SSL",
                "kafka.security.username", "engine",
                "kafka.security.passwordFile", password.toString(),
                "kafka.security.truststoreFile", ca.toString())));
        assertEquals("SASL_SSL", p.getProperty("security.protocol"));
        assertEquals("SCRAM-SHA-512", p.getProperty("sasl.mechanism"));
        assertEquals("org.apache.kafka.common.security.scram.ScramLoginModule required username=\"engine\" password=\"s3cr\\\"et\";",
                p.getProperty("sasl.jaas.config"));
        assertEquals("PEM", p.getProperty("ssl.truststore.type"));
        assertEquals(ca.toString(), p.getProperty("ssl.truststore.location"));
    }

    @Test
    void aMissingPasswordFileIsNamedByItsKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KafkaClientProperties.of(kafka(Map.of(
                "kafka.security.protocol", "SASL_PLAINTEXT",
                "kafka.security.username", "engine",
                "kafka.security.passwordFile", dir.resolve("absent").toString()))));
        assertTrue(e.getMessage().startsWith("kafka.security.passwordFile: no readable file at "), e.getMessage());
    }

    private static KafkaConfig kafka(Map<String, String> overrides) {
        return ConfigLoader.load(null, overrides).kafka();
    }
}
