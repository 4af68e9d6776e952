package org.streamrec.tools.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.streamrec.config.ConfigLoader;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.engine.model.RankedItem;
import org.streamrec.engine.model.Recommendation;

class ListProbeTest {
    private final EventCodec codec = new EventCodec(ConfigLoader.defaults().ingest(), Duration.ofHours(1));
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final ListProbe probe = new ListProbe(registry, codec, r -> r.eventTime);

    @Test
    void measuresFromTheTriggeringEventToTheRecordOnTheTopic() {
        probe.observe(codec.encode(list(1_000, Recommendation.SCHEMA_VERSION)), 1_250);
        probe.observe(codec.encode(list(2_000, Recommendation.SCHEMA_VERSION)), 2_050);

        var timer = registry.get(ListProbe.LATENCY).timer();
        assertEquals(2, timer.count());
        assertEquals(300, timer.totalTime(TimeUnit.MILLISECONDS), 1e-9);
        assertEquals(250, timer.max(TimeUnit.MILLISECONDS), 1e-9);
        assertEquals(2, registry.get(ListProbe.LISTS).tag("schema_version", "1").counter().count());
    }

    @Test
    void countsWhatAFrontEndCouldNotUseByReason() {
        probe.observe("{not json".getBytes(StandardCharsets.UTF_8), 10);
        probe.observe(codec.encode(list(1_000, Recommendation.SCHEMA_VERSION + 1)), 1_100);
        Recommendation noUser = list(1_000, Recommendation.SCHEMA_VERSION);
        noUser.userId = null;
        probe.observe(codec.encode(noUser), 1_100);

        probe.observe(null, 1_100); // a tombstone: a forgotten user's list removed, not an error
        assertEquals(1, registry.get(ListProbe.TOMBSTONES).counter().count());
        assertEquals(1, errors(ListProbe.PARSE));
        assertEquals(1, errors(ListProbe.SCHEMA_VERSION));
        assertEquals(1, errors(ListProbe.MISSING_FIELD));
        assertEquals(0, registry.get(ListProbe.LATENCY).timer().count());
        assertEquals(0, registry.get(ListProbe.LISTS).counter().count());
    }

    @Test
    void servesAggregatableHistogramBucketsUnderPrometheusNames() {
        probe.observe(codec.encode(list(1_000, Recommendation.SCHEMA_VERSION)), 1_040);
        String text = registry.scrape();
        assertTrue(text.contains("streamrec_probe_event_to_list_seconds_bucket{le="), text);
        assertTrue(text.contains("streamrec_probe_lists_total{schema_version=\"1\"} 1"), text);
        assertTrue(text.contains("streamrec_probe_errors_total{reason=\"parse\"} 0"), text);
    }

    private double errors(String reason) {
        return registry.get(ListProbe.ERRORS).tag("reason", reason).counter().count();
    }

    private static Recommendation list(long eventTime, int schemaVersion) {
        Recommendation r = new Recommendation();
        r.schemaVersion = schemaVersion;
        r.recId = "rec-e" + eventTime;
        r.userId = "u1";
        r.items = List.of(new RankedItem("i1", 1.0, "because", RankedItem.SIMILAR));
        r.variant = "cooc-v1";
        r.triggerEventId = "e" + eventTime;
        r.eventTime = eventTime;
        return r;
    }
}
