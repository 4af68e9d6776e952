package org.streamrec.tools.monitor;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.engine.model.Recommendation;

/**
 * What a front end sees of the recommendations topic, as Micrometer meters (Prometheus names in
 * docs/operations.md):
 * <ul>
 * <li>{@code streamrec_probe_event_to_list_seconds}: from the triggering event's time to the list's
 *     record on the topic, a timer with a percentile histogram, so quantiles aggregate across probes;</li>
 * <li>{@code streamrec_probe_lists_total{schema_version}}: lists read;</li>
 * <li>{@code streamrec_probe_tombstones_total}: records without a value, a forgotten user's list removed;</li>
 * <li>{@code streamrec_probe_errors_total{reason}}: records a front end could not use: {@code parse}
 *     (not a recommendation's JSON), {@code schema_version} (newer than this build reads) or
 *     {@code missing_field} (no user, items or event time).</li>
 * </ul>
 */
public final class ListProbe {
    public static final String LATENCY = "streamrec.probe.event.to.list";
    public static final String LISTS = "streamrec.probe.lists";
    public static final String ERRORS = "streamrec.probe.errors";
    public static final String TOMBSTONES = "streamrec.probe.tombstones";
    static final String PARSE = "parse";
    static final String SCHEMA_VERSION = "schema_version";
    static final String MISSING_FIELD = "missing_field";
    private static final Duration SLOWEST_EXPECTED = Duration.ofMinutes(2);

    private final MeterRegistry registry;
    private final EventCodec codec;
    private final ToLongFunction<Recommendation> triggerTime;
    private final Timer latency;
    private final Counter tombstones;
    private final Map<String, Counter> errors = new ConcurrentHashMap<>();
    private final Map<Integer, Counter> lists = new ConcurrentHashMap<>();

    /**
     * @param triggerTime when the event that triggered a list happened, epoch ms, or a negative value
     *     when unknown: a front end takes {@code r -> r.eventTime}
     */
    public ListProbe(MeterRegistry registry, EventCodec codec, ToLongFunction<Recommendation> triggerTime) {
        this.registry = registry;
        this.codec = codec;
        this.triggerTime = triggerTime;
        latency = Timer.builder(LATENCY)
                .description("From the triggering event's time to the list's record on the recommendations topic")
                .publishPercentileHistogram()
                .maximumExpectedValue(SLOWEST_EXPECTED)
                .register(registry);
        tombstones = Counter.builder(TOMBSTONES).description("Records without a value: a forgotten user's list removed")
                .register(registry);
        for (String reason : new String[] {PARSE, SCHEMA_VERSION, MISSING_FIELD}) error(reason);
        listsOf(Recommendation.SCHEMA_VERSION);
    }

    /** One record of the recommendations topic, appended at {@code recordTimestamp} (epoch ms). */
    public void observe(byte[] value, long recordTimestamp) {
        if (value == null) {
            tombstones.increment();
            return;
        }
        Recommendation r;
        try {
            r = codec.decodeRecommendation(value);
        } catch (IllegalArgumentException e) {
            error(PARSE).increment();
            return;
        }
        if (r == null) {
            error(PARSE).increment();
        } else if (r.schemaVersion > Recommendation.SCHEMA_VERSION || r.schemaVersion < 1) {
            error(SCHEMA_VERSION).increment();
        } else if (r.userId == null || r.items == null || r.eventTime <= 0) {
            error(MISSING_FIELD).increment();
        } else {
            listsOf(r.schemaVersion).increment();
            long triggered = triggerTime.applyAsLong(r);
            // A trigger stamped after the record (producers' clocks disagree) counts as no delay at all.
            if (triggered >= 0) latency.record(Math.max(0, recordTimestamp - triggered), TimeUnit.MILLISECONDS);
        }
    }

    private Counter error(String reason) {
        return errors.computeIfAbsent(reason, r -> Counter.builder(ERRORS).tag("reason", r)
                .description("Records of the recommendations topic a front end could not use").register(registry));
    }

    private Counter listsOf(int schemaVersion) {
        return lists.computeIfAbsent(schemaVersion, v -> Counter.builder(LISTS).tag("schema_version", Integer.toString(v))
                .description("Recommendation lists read from the topic").register(registry));
    }
}
