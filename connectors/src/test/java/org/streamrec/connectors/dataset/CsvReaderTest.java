package org.streamrec.connectors.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {
    @TempDir Path dir;

    @Test
    void splitsQuotedFieldsWithCommasAndDoubledQuotes() {
        assertEquals(List.of("30", "Ziti, Marinara", "38"), CsvReader.split("30,\"Ziti, Marinara\",38"));
        assertEquals(List.of("a \"quoted\" word", ""), CsvReader.split("\"a \"\"quoted\"\" word\","));
        assertEquals(List.of("a", "b", "c"), CsvReader.split(" a , b ,c "));
        assertEquals(List.of(""), CsvReader.split(""));
    }

    @Test
    void malformedQuotingIsAnError() {
        IllegalArgumentException open = assertThrows(IllegalArgumentException.class, () -> CsvReader.split("1,\"open"));
        assertEquals("unterminated quoted field", open.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CsvReader.split("\"a\"b,c"));
    }

    @Test
    void readsRowsWithLineNumbersAndRejectsBadOnes() throws IOException {
        Path file = dir.resolve("f.csv");
        Files.writeString(file, "\uFEFFa,b\n1,2\n\n3\n\"x,4\n5,\"6\"\n");
        RejectedRows rejected = new RejectedRows();
        try (CsvReader csv = new CsvReader(file, rejected)) {
            assertEquals(List.of("a", "b"), csv.header());
            assertEquals(1, csv.column("b"));
            assertEquals(new CsvReader.Row(2, List.of("1", "2")), csv.next());
            assertEquals(new CsvReader.Row(6, List.of("5", "6")), csv.next());
            assertNull(csv.next());
        }
        assertEquals(2, rejected.count());
        assertEquals(List.of("f.csv:4: expected 2 fields, got 1", "f.csv:5: unterminated quoted field"), rejected.examples());
    }

    @Test
    void aFileWithoutHeaderOrColumnFailsNamingTheFile() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        DatasetException noHeader = assertThrows(DatasetException.class, () -> new CsvReader(empty, new RejectedRows()));
        assertTrue(noHeader.getMessage().contains("empty.csv: empty file"), noHeader.getMessage());

        Path file = Files.writeString(dir.resolve("f.csv"), "a,b\n");
        try (CsvReader csv = new CsvReader(file, new RejectedRows())) {
            DatasetException missing = assertThrows(DatasetException.class, () -> csv.column("c"));
            assertTrue(missing.getMessage().endsWith("missing column 'c' (header: a,b)"), missing.getMessage());
        }
        DatasetException absent = assertThrows(DatasetException.class, () -> new CsvReader(dir.resolve("nope.csv"), new RejectedRows()));
        assertTrue(absent.getMessage().endsWith("nope.csv: no such file"), absent.getMessage());
    }
}
