package org.streamrec.tools.demo;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.streamrec.engine.codec.RejectCode;
import org.streamrec.engine.model.DeadLetter;

/**
 * The dead letters of a demo run by reason code, and which lines of {@code --events-file} they
 * were: each line sent is registered with the partition and offset it got, which its dead letter
 * carries back in its headers. Thread-safe: the watcher adds, the feed registers.
 */
final class DeadLetterReport {
    private static final int LINES_SHOWN = 10;

    private final Map<String, Integer> lineAt = new HashMap<>();
    private final Map<String, Reason> reasons = new TreeMap<>();
    private int linesSent;
    private int linesRejected;

    private static final class Reason {
        int count;
        String example;
        final List<Integer> lines = new ArrayList<>();
    }

    /** A line of the file went to {@code topic} at this partition and offset. */
    synchronized void sentLine(int line, String topic, int partition, long offset) {
        lineAt.put(topic + "/" + partition + "@" + offset, line);
        linesSent++;
    }

    synchronized void add(DeadLetter letter) {
        String code = RejectCode.ofReason(letter.reason).map(RejectCode::code).orElse("(no known code)");
        Reason reason = reasons.computeIfAbsent(code, c -> new Reason());
        reason.count++;
        if (reason.example == null) reason.example = letter.reason;
        Integer line = lineAt.get(letter.sourceTopic + "/" + letter.partition + "@" + letter.offset);
        if (line != null) {
            reason.lines.add(line);
            linesRejected++;
        }
    }

    synchronized void print(PrintStream out) {
        if (linesSent > 0) {
            out.printf("  events file          %,d lines sent: %,d accepted, %,d dead letters%n",
                    linesSent, linesSent - linesRejected, linesRejected);
        }
        if (reasons.isEmpty()) return;
        out.println("  dead letters by reason");
        reasons.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Reason> e) -> -e.getValue().count).thenComparing(Map.Entry::getKey))
                .forEach(e -> {
                    Reason r = e.getValue();
                    out.printf("    %-16s %,7d  e.g. %s%n", e.getKey(), r.count, r.example);
                    if (!r.lines.isEmpty()) out.printf("    %-16s %7s  %s%n", "", "", lines(r.lines));
                });
    }

    private static String lines(List<Integer> lines) {
        List<Integer> sorted = lines.stream().sorted().toList();
        String shown = String.join(", ", sorted.stream().limit(LINES_SHOWN).map(String::valueOf).toList());
        return (sorted.size() == 1 ? "line " : "lines ") + shown + (sorted.size() > LINES_SHOWN ? ", ..." : "");
    }
}
