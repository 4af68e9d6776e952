package org.streamrec.config;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the human durations used in config files: 250ms, 10s, 30m, 2h, 30d. */
public final class Durations {
    private static final Pattern FORMAT = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    private Durations() {}

    public static Duration parse(String text) {
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration; write it like 250ms, 10s, 30m, 2h or 30d");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }

    /** The inverse of {@link #parse}: the largest unit that divides the duration exactly, e.g. 30m, 2h, 1500ms. */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms != 0 && ms % Duration.ofDays(1).toMillis() == 0) return ms / Duration.ofDays(1).toMillis() + "d";
        if (ms != 0 && ms % Duration.ofHours(1).toMillis() == 0) return ms / Duration.ofHours(1).toMillis() + "h";
        if (ms != 0 && ms % Duration.ofMinutes(1).toMillis() == 0) return ms / Duration.ofMinutes(1).toMillis() + "m";
        if (ms != 0 && ms % 1000 == 0) return ms / 1000 + "s";
        return ms + "ms";
    }
}
