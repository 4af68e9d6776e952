package org.streamrec.connectors.dataset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Pattern;

/**
 * Timestamps of the generic CSV format, to epoch milliseconds:
 * <ul>
 *   <li>a number below 10^11 is Unix seconds (10^11 s is in the year 5138), fractions allowed;</li>
 *   <li>a larger number is Unix milliseconds (10^11 ms is 1973-03-03);</li>
 *   <li>anything else must be ISO-8601: {@code 2017-11-25T09:00:00Z}, with an offset or zone,
 *       without one (read as UTC), with a space instead of the T, or a date alone (midnight UTC).</li>
 * </ul>
 */
final class CsvTimestamps {
    private static final BigDecimal MILLIS_FROM = BigDecimal.valueOf(100_000_000_000L);
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");

    private CsvTimestamps() {}

    static long toEpochMillis(String text) {
        if (NUMBER.matcher(text).matches()) {
            BigDecimal value = new BigDecimal(text);
            BigDecimal millis = value.compareTo(MILLIS_FROM) >= 0 ? value : value.movePointRight(3);
            return millis.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        }
        String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11) : text;
        try {
            TemporalAccessor t = DateTimeFormatter.ISO_DATE_TIME.parseBest(iso, ZonedDateTime::from, LocalDateTime::from);
            return t instanceof ZonedDateTime z
                    ? z.toInstant().toEpochMilli()
                    : ((LocalDateTime) t).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(iso).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            } catch (DateTimeParseException notDate) {
                throw new IllegalArgumentException(
                        "timestamp '" + text + "' is neither Unix seconds, Unix milliseconds nor ISO-8601");
            }
        }
    }
}
