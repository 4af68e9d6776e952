package org.streamrec.engine.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The validator against the JDK's own strict UTF-8 decoder, an independent implementation of RFC 3629. */
class Utf8Test {
    private static final long SEED = 20_261_203L;
    private static final int CASES = 200_000;

    private static boolean jdkAccepts(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) if (b == 0) return true;
        return false;
    }

    @Test
    void agreesWithTheJdkOnRandomBytesSkewedTowardsMultiByteForms() {
        Random random = new Random(SEED);
        int valid = 0;
        for (int n = 0; n < CASES; n++) {
            byte[] bytes = new byte[random.nextInt(8)];
            for (int i = 0; i < bytes.length; i++) {
                // Lead bytes, continuation bytes and ASCII in equal parts, so that whole sequences are common.
                bytes[i] = (byte) switch (random.nextInt(3)) {
                    case 0 -> 0xC0 + random.nextInt(0x40);
                    case 1 -> 0x80 + random.nextInt(0x40);
                    default -> random.nextInt(0x80);
                };
            }
            boolean expected = jdkAccepts(bytes) && !hasNul(bytes);
            assertEquals(expected, Utf8.firstInvalid(bytes) < 0, () -> "disagree on " + hex(bytes));
            if (expected) valid++;
        }
        assertEquals(true, valid > CASES / 10, "the cases must hold many valid sequences too: " + valid);
    }

    @Test
    void everyCodePointEncodedByTheJdkIsValid() {
        for (int cp = 1; cp <= Character.MAX_CODE_POINT; cp++) {
            if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) continue;
            byte[] bytes = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
            assertEquals(-1, Utf8.firstInvalid(bytes), "U+" + Integer.toHexString(cp));
        }
    }

    @Test
    void pointsAtTheFirstBadByte() {
        assertEquals(2, Utf8.firstInvalid(new byte[] {'a', 'b', (byte) 0xC0, (byte) 0xAF}));
        assertEquals(1, Utf8.firstInvalid(new byte[] {'a', (byte) 0xE2, (byte) 0x82}), "cut short at the end");
        assertEquals(0, Utf8.firstInvalid(new byte[] {0, '{'}));
        assertEquals(-1, Utf8.firstInvalid(new byte[0]));
    }

    private static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) s.append(String.format("%02x ", b & 0xFF));
        return s.toString().trim();
    }
}
