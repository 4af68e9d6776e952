package org.streamrec.engine.codec;

/**
 * Strict UTF-8 as RFC 3629 defines it. Jackson checks less: it decodes overlong forms (C0 AF is
 * '/'), encoded surrogates and code points past U+10FFFF without complaint, so a record could say
 * one thing to this engine and another to a stricter reader of the same topic.
 */
final class Utf8 {
    private Utf8() {}

    /**
     * The index of the first byte that is not strict UTF-8, or -1 when all are. A NUL byte counts as
     * invalid too: JSON text never holds one raw, so it means UTF-16 or binary data.
     */
    static int firstInvalid(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i];
            if (b > 0) {
                i++;
                continue;
            }
            if (b == 0) return i;
            int lead = b & 0xFF;
            int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
            // C0 and C1 only start overlong forms of ASCII; F5 to FF start nothing; 80 to BF continue.
            if (lead < 0xC2 || lead > 0xF4 || i + length > bytes.length) return i;
            int second = bytes[i + 1] & 0xFF;
            int low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80; // shorter forms would be overlong
            int high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF; // surrogates; past U+10FFFF
            if (second < low || second > high) return i;
            for (int k = 2; k < length; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) return i;
            }
            i += length;
        }
        return -1;
    }
}
