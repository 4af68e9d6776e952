package org.streamrec.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.streamrec.config.KafkaSecurityConfig.Protocol;
import org.streamrec.config.KafkaSecurityConfig.SaslMechanism;

class KafkaSecurityConfigTest {

    @Test
    void defaultsArePlaintext() {
        KafkaSecurityConfig s = ConfigLoader.defaults().kafka().security();
        assertEquals(Protocol.PLAINTEXT, s.protocol());
        assertEquals(SaslMechanism.SCRAM_SHA_512, s.saslMechanism());
    }

    @Test
    void saslTakesKafkasMechanismNames() {
        KafkaSecurityConfig s = ConfigLoader.load(null, Map.of(
                "kafka.security.protocol", "SASL_SSL",
                "kafka.security.saslMechanism", "SCRAM-SHA-256",
                "kafka.security.username", "engine",
                "kafka.security.passwordFile", "/var/run/secrets/kafka/password")).kafka().security();
        assertEquals(Protocol.SASL_SSL, s.protocol());
        assertEquals("SCRAM-SHA-256", s.saslMechanism().kafkaName());
    }

    @Test
    void saslWithoutUserOrPasswordFileNamesBothKeys() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(null, Map.of("kafka.security.protocol", "SASL_SSL")));
        assertTrue(e.getMessage().contains("kafka.security.username: must not be empty"), e.getMessage());
        assertTrue(e.getMessage().contains("kafka.security.passwordFile: must not be empty"), e.getMessage());
    }

    @Test
    void aTruststoreWithoutTlsIsAMistake() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(null, Map.of("kafka.security.truststoreFile", "/etc/ca.pem")));
        assertTrue(e.getMessage().contains("kafka.security.truststoreFile: is only used with SSL or SASL_SSL"), e.getMessage());
    }
}
