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
 * carries back in its headers. Thread-safe: the watcher adds, the feed registers, in any order
 * (a dead letter may come back before its line's send is acknowledged), and printing matches them.
 */
final class DeadLetterReport {
    private static final int LINES_SHOWN = 10;

    private final Map<String, Integer> lineAt = new HashMap<>();
    private final Map<String, Reason> reasons = new TreeMap<>();
    private int linesSent;

    private static final class Reason {
        int count;
        String example;
        final List<String> sources = new ArrayList<>();
    }

    /** A line of the file went to {@code topic} at this partition and offset. */
    synchronized void sentLine(int line, String topic, int partition, long offset) {
        lineAt.put(source(topic, partition, offset), line);
        linesSent++;
    }

    synchronized void add(DeadLetter letter) {
        String code = RejectCode.ofReason(letter.reason).map(RejectCode::code).orElse("(no known code)");
        Reason reason = reasons.computeIfAbsent(code, c -> new Reason());
        reason.count++;
        if (reason.example == null) reason.example = letter.reason;
        reason.sources.add(source(letter.sourceTopic, letter.partition, letter.offset));
    }

    private static String source(String topic, int partition, long offset) {
        return topic + "/" + partition + "@" + offset;
    }

    private List<Integer> lines(Reason reason) {
        return reason.sources.stream().map(lineAt::get).filter(java.util.Objects::nonNull).sorted().toList();
    }

    synchronized void print(PrintStream out) {
        int linesRejected = reasons.values().stream().mapToInt(r -> lines(r).size()).sum();
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
                    List<Integer> lines = lines(r);
                    if (!lines.isEmpty()) out.printf("    %-16s %7s  %s%n", "", "", shown(lines));
                });
    }

    private static String shown(List<Integer> lines) {
        String first = String.join(", ", lines.stream().limit(LINES_SHOWN).map(String::valueOf).toList());
        return (lines.size() == 1 ? "line " : "lines ") + first + (lines.size() > LINES_SHOWN ? ", ..." : "");
    }
}
