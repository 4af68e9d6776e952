package org.streamrec.engine.codec;

/** Thrown inside the decoder when a record breaks the contract; never escapes {@link EventCodec#decode}. */
final class Rejection extends RuntimeException {
    /** Longest piece of a record's own text that a reason quotes: reasons travel in a Kafka header. */
    private static final int QUOTED_CHARS = 60;

    Rejection(RejectCode code, String detail) {
        // No stack trace: rejections are expected input, and bad records can arrive by the million.
        super(code.reason(detail), null, false, false);
    }

    /**
     * A value from the record, in single quotes, for a reason: cut to its first characters (with its
     * length) when long, and with control characters escaped, so a reason stays one short line.
     */
    static String quote(String value) {
        return shortened(value, "'");
    }

    /** A number from the record as written, cut like {@link #quote} (JSON numbers may run to 1000 digits). */
    static String number(String digits) {
        return shortened(digits, "");
    }

    private static String shortened(String value, String quote) {
        int end = Math.min(value.length(), QUOTED_CHARS);
        StringBuilder out = new StringBuilder(end + 24).append(quote);
        for (int i = 0; i < end; i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        if (end == value.length()) return out.append(quote).toString();
        return out.append("...").append(quote).append(" (").append(value.length()).append(" chars)").toString();
    }
}
