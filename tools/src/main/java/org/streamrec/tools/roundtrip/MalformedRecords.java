package org.streamrec.tools.roundtrip;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.streamrec.engine.codec.RejectCode;

/**
 * One malformed record of each kind a producer gets wrong, with the code it must be rejected
 * with. The demo mixes them into its feed; the integration tests assert on their dead letters.
 */
public final class MalformedRecords {
    /** A malformed payload and the dead-letter code it must get. */
    public record Sample(String name, byte[] payload, RejectCode expected) {}

    private MalformedRecords() {}

    /** @param nowMillis wall-clock time; the far-future sample is stamped a year after it */
    public static List<Sample> all(long nowMillis) {
        long future = nowMillis + 365L * 24 * 3600 * 1000;
        return List.of(
                sample("bad JSON", "{\"eventId\": \"bad-1\", \"type\": \"view\",", RejectCode.BAD_JSON),
                sample("missing field", "{\"eventId\":\"bad-2\",\"type\":\"view\",\"eventTime\":1700000000000,\"itemId\":\"i1\"}",
                        RejectCode.MISSING_FIELD),
                sample("wrong type", "{\"eventId\":\"bad-3\",\"type\":\"rating\",\"userId\":\"u1\",\"eventTime\":1700000000000,"
                        + "\"itemId\":\"i1\",\"rating\":\"five\"}", RejectCode.WRONG_TYPE),
                sample("unknown event type", "{\"eventId\":\"bad-4\",\"type\":\"teleport\",\"userId\":\"u1\","
                        + "\"eventTime\":1700000000000}", RejectCode.UNKNOWN_TYPE),
                sample("negative quantity", "{\"eventId\":\"bad-5\",\"type\":\"purchase\",\"userId\":\"u1\","
                        + "\"eventTime\":1700000000000,\"orderId\":\"o1\",\"lines\":[{\"itemId\":\"i1\",\"quantity\":-2,"
                        + "\"unitPrice\":3.5}]}", RejectCode.INVALID_VALUE),
                sample("far-future time", "{\"eventId\":\"bad-6\",\"type\":\"view\",\"userId\":\"u1\",\"eventTime\":"
                        + future + ",\"itemId\":\"i1\"}", RejectCode.FUTURE_TIME));
    }

    private static Sample sample(String name, String json, RejectCode expected) {
        return new Sample(name, json.getBytes(StandardCharsets.UTF_8), expected);
    }
}
