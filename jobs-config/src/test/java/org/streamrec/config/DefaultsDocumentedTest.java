package org.streamrec.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** defaults.yaml is the reference documentation: every leaf key must sit right under a comment. */
class DefaultsDocumentedTest {

    @Test
    void everyLeafKeyIsPrecededByAComment() throws IOException {
        try (InputStream in = ConfigLoader.class.getResourceAsStream("/defaults.yaml")) {
            assertNotNull(in, "defaults.yaml on the classpath");
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(List.of(), DocumentedDefaults.undocumentedKeys(text), "keys without a comment line right above them");
        }
    }

    @Test
    void theCheckFindsAnUndocumentedKeyAndALayoutItCannotRead() {
        assertEquals(List.of("a.c"), DocumentedDefaults.undocumentedKeys("a:\n  # b\n  b: 1\n  c: 2\n"));
        assertThrows(IllegalArgumentException.class, () -> DocumentedDefaults.undocumentedKeys("a: {b: 1}\n"));
    }
}
