package org.streamrec.connectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobArgumentsTest {
    @Test
    void noArgumentsMeansTheDefaults() {
        JobArguments a = JobArguments.parse();
        assertNull(a.environment());
        assertEquals(Map.of(), a.overrides());
        assertFalse(a.validate());
    }

    @Test
    void configSetsInOrderAndValidate() {
        JobArguments a = JobArguments.parse("--set", "runtime.parallelism=4", "--config", "/etc/streamrec/engine.yaml",
                "--set", "kafka.bootstrapServers=a:9092,b:9092", "--set", "runtime.parallelism=6", "--validate");
        assertEquals("/etc/streamrec/engine.yaml", a.environment());
        assertEquals(List.of("runtime.parallelism", "kafka.bootstrapServers"), List.copyOf(a.overrides().keySet()));
        assertEquals("6", a.overrides().get("runtime.parallelism"), "a later --set of the same key wins");
        assertEquals("a:9092,b:9092", a.overrides().get("kafka.bootstrapServers"));
        assertTrue(a.validate());
    }

    @Test
    void aValueMayContainEqualsSigns() {
        assertEquals("x=y", JobArguments.parse("--set", "ranking.variant=x=y").overrides().get("ranking.variant"));
    }

    @Test
    void unusableArgumentsAreNamed() {
        assertEquals("unknown argument '--confg'",
                assertThrows(IllegalArgumentException.class, () -> JobArguments.parse("--confg", "local")).getMessage());
        assertEquals("--config needs a value",
                assertThrows(IllegalArgumentException.class, () -> JobArguments.parse("--config")).getMessage());
        assertEquals("--set expects KEY=VALUE, got 'runtime.parallelism'",
                assertThrows(IllegalArgumentException.class, () -> JobArguments.parse("--set", "runtime.parallelism")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> JobArguments.parse("--set", "=4"));
    }
}
