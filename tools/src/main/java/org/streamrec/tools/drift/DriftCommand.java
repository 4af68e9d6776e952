package org.streamrec.tools.drift;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.streamrec.engine.model.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** ./recs drift: writes the drifting stream as a CSV that {@code ./recs eval --format csv} reads. */
@Command(name = "drift", mixinStandardHelpOptions = true,
        description = {"Writes a generated stream whose sequential structure shifts at mid-stream, for ./recs eval.",
            "Writes a generated view stream whose sequential structure shifts at mid-stream (each category's "
                + "items lie on a hidden cycle that sessions walk; every cycle is shuffled anew at the middle), as a CSV for "
                + "./recs eval --format csv. With the eval's default scored window (the second half), scoring starts at the "
                + "shift; add --timeline 1h to see each model's HitRate@10 per hour after it."})
public final class DriftCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The CSV to write (overwritten).")
    Path out;

    @Option(names = "--users", defaultValue = "2000", description = "Shoppers. Default: ${DEFAULT-VALUE}.")
    int users;

    @Option(names = "--categories", defaultValue = "20", description = "Categories. Default: ${DEFAULT-VALUE}.")
    int categories;

    @Option(names = "--items-per-category", defaultValue = "25", description = "Items in each category. Default: ${DEFAULT-VALUE}.")
    int itemsPerCategory;

    @Option(names = "--hours", defaultValue = "48", description = "Event time covered; the shift is at the middle. Default: ${DEFAULT-VALUE}.")
    int hours;

    @Option(names = "--sessions-per-hour", defaultValue = "150", description = "Sessions started per hour. Default: ${DEFAULT-VALUE}.")
    int sessionsPerHour;

    @Option(names = "--follow-rate", defaultValue = "0.8",
            description = "Chance that the next view is the current item's successor on the hidden cycle. Default: ${DEFAULT-VALUE}.")
    double followRate;

    @Option(names = "--start", defaultValue = "2025-03-01T00:00:00Z", description = "Event time of the start. Default: ${DEFAULT-VALUE}.")
    Instant start;

    @Option(names = "--seed", defaultValue = "42", description = "The same seed writes the same file. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Override
    public Integer call() throws IOException {
        DriftStream stream = new DriftStream(users, categories, itemsPerCategory, hours, sessionsPerHour, followRate, start.toEpochMilli(), seed);
        List<Event> events = stream.events();
        write(events, out);
        PrintStream console = System.out;
        console.printf("%,d views of %,d shoppers written to %s; the structure shifts at %s%n", events.size(), users, out,
                Instant.ofEpochMilli(stream.shiftTime()));
        console.printf("evaluate: ./recs eval --format csv --input %s --out out/drift --timeline 1h%n", out);
        return 0;
    }

    /** The generic CSV format: user_id,item_id,event_type,timestamp (ISO-8601),category. */
    static void write(List<Event> events, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file)) {
            w.write("user_id,item_id,event_type,timestamp,category\n");
            for (Event e : events) {
                w.write(e.userId + "," + e.itemId + ",view," + Instant.ofEpochMilli(e.eventTime) + "," + e.category + "\n");
            }
        }
    }
}
