package org.streamrec.tools.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RawLinesTest {
    @TempDir Path dir;

    @Test
    void linesKeepTheirBytesWhateverTheyAreAndEmptyLinesCount() throws Exception {
        Path file = Files.write(dir.resolve("f"), new byte[] {'a', '\r', '\n', '\n', (byte) 0xC0, 0, '\n', 'z'});
        try (RawLines lines = new RawLines(file)) {
            assertArrayEquals(new byte[] {'a', '\r'}, lines.next(), "a carriage return is the line's own");
            assertEquals(1, lines.lineNumber());
            assertArrayEquals(new byte[0], lines.next());
            assertArrayEquals(new byte[] {(byte) 0xC0, 0}, lines.next());
            assertArrayEquals(new byte[] {'z'}, lines.next(), "the last line needs no line feed");
            assertEquals(4, lines.lineNumber());
            assertFalse(lines.hasNext());
        }
    }

    @Test
    void aFinalLineFeedStartsNoEmptyLine() throws Exception {
        try (RawLines lines = new RawLines(Files.writeString(dir.resolve("f"), "x\ny\n"))) {
            lines.next();
            lines.next();
            assertFalse(lines.hasNext());
        }
        try (RawLines empty = new RawLines(Files.writeString(dir.resolve("e"), ""))) {
            assertFalse(empty.hasNext());
        }
    }
}
