package org.streamrec.engine.codec;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why an input record became a dead letter. Every dead-letter reason starts with one of these
 * codes, so dashboards can count rejections by code while the detail after it explains the case.
 */
public enum RejectCode {
    EMPTY_PAYLOAD("empty_payload"),
    /** Over {@code ingest.maxRecordBytes}; checked before anything is parsed. */
    TOO_LARGE("too_large"),
    /** Not strict UTF-8 (RFC 3629), or a raw NUL byte, which JSON text never holds (UTF-16, binary). */
    BAD_ENCODING("bad_encoding"),
    BAD_JSON("bad_json"),
    /** Objects and arrays nested deeper than {@code ingest.maxNestingDepth}. */
    TOO_DEEP("too_deep"),
    /** A field named twice in one object: parsers disagree on which value wins, so neither is trusted. */
    DUPLICATE_FIELD("duplicate_field"),
    NOT_AN_OBJECT("not_an_object"),
    MISSING_FIELD("missing_field"),
    WRONG_TYPE("wrong_type"),
    UNKNOWN_TYPE("unknown_type"),
    INVALID_VALUE("invalid_value"),
    FUTURE_TIME("future_time"),
    /** A bug in the decoder: the record is kept rather than lost, with the exception as detail. */
    INTERNAL_ERROR("internal_error");

    private final String code;

    RejectCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The reason string for a dead letter: the code, then the detail if there is one. */
    public String reason(String detail) {
        return detail == null || detail.isEmpty() ? code : code + ": " + detail;
    }

    /** The code a dead-letter reason starts with, if any. */
    public static Optional<RejectCode> ofReason(String reason) {
        if (reason == null) return Optional.empty();
        return Arrays.stream(values())
                .filter(c -> reason.equals(c.code) || reason.startsWith(c.code + ": "))
                .findFirst();
    }
}
