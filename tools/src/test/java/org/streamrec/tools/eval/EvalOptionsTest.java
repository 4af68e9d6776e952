package org.streamrec.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.streamrec.connectors.dataset.DatasetFormats;
import org.streamrec.connectors.dataset.RejectedRows;

class EvalOptionsTest {

    @Test
    void parsesEveryOptionInBothForms() throws UsageException {
        EvalOptions o = EvalOptions.parse(new String[] {
                "--format", "csv", "--input=data/e.csv", "--out", "out", "--config", "local",
                "--set", "eval.trendingWindow=2h", "--set=similarity.topK = 20", "--set", "eval.trendingWindow=3h", "--limit", "500"});
        assertEquals("csv", o.format());
        assertEquals(Path.of("data/e.csv"), o.input());
        assertEquals(Path.of("out"), o.out());
        assertEquals("local", o.config());
        assertEquals(Map.of("eval.trendingWindow", "3h", "similarity.topK", "20"), o.overrides(), "the last --set of a key wins");
        assertEquals(OptionalLong.of(500), o.limit());
        assertTrue(EvalOptions.parse(new String[] {"--bogus", "--help"}).help());
    }

    @Test
    void badCommandLinesSayWhatIsWrong() {
        assertUsage("unknown option '--fromat'", "--fromat", "csv");
        assertUsage("--input needs a value", "--format", "csv", "--input");
        assertUsage("--set needs key=value, got 'eval.trendingWindow'", "--set", "eval.trendingWindow");
        assertUsage("--limit needs a whole number > 0, got '0'", "--limit", "0");
        assertUsage("--limit needs a whole number > 0, got 'ten'", "--limit=ten");
        assertUsage("--format is required", "--input", "x", "--out", "y");
        assertUsage("--out is required", "--format", "csv", "--input", "x");
    }

    private static void assertUsage(String message, String... args) {
        assertEquals(message, assertThrows(UsageException.class, () -> EvalOptions.parse(args)).getMessage());
    }

    @Test
    void helpDocumentsEveryOptionAndEveryRegisteredFormat() {
        DatasetFormats formats = new DatasetFormats(new RejectedRows());
        String help = EvalOptions.help(formats.all());
        for (String option : new String[] {"--format", "--input", "--out", "--config", "--set", "--limit", "--help"}) {
            assertTrue(help.contains("\n  " + option), "documents " + option + ":\n" + help);
        }
        formats.all().forEach(f -> assertTrue(help.contains(f.name() + " ") && help.contains(f.description()), f.name()));
    }
}
