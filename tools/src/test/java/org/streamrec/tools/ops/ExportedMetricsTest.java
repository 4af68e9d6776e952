package org.streamrec.tools.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.streamrec.config.EngineConfig;
import org.streamrec.connectors.kafka.KafkaIO;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.engine.model.Event;
import org.streamrec.tools.config.LaunchConfig;
import org.streamrec.tools.embedded.EmbeddedKafka;
import org.streamrec.tools.local.LocalJob;
import org.streamrec.tools.monitor.ListMonitor;
import org.streamrec.tools.roundtrip.EventPublisher;
import org.streamrec.tools.roundtrip.MalformedRecords;
import org.streamrec.tools.shop.SyntheticShop;

/**
 * Checked against reality: the job runs on a MiniCluster with Flink's Prometheus reporter, fed by the
 * synthetic shop (malformed records included) through a real broker, with the probe reading its
 * lists; both /metrics endpoints are scraped, and every metric, label matcher and grouping label that
 * a dashboard panel or an alert rule uses must be exported with data.
 */
class ExportedMetricsTest {
    private static final int EVENTS_PER_SECOND = 400;
    private static final int FEED_SECONDS = 20;

    private static EmbeddedKafka kafka;
    private static LocalJob.Served job;
    private static List<PrometheusText.Sample> exported;

    @BeforeAll
    static void runTheJobAndScrape() throws Exception {
        kafka = EmbeddedKafka.start();
        LaunchConfig launch = LaunchConfig.load("test", Map.of("kafka.bootstrapServers", kafka.bootstrapServers(),
                "syntheticShop.users", "250", "experiment.holdoutPercent", "10"));
        EngineConfig config = launch.engine();
        KafkaIO.createTopics(config.kafka());
        EventCodec codec = EventCodec.of(config);
        job = LocalJob.startServingMetrics(config, KafkaIO.jobIO(config.kafka(), codec, "metrics-test"), "streamrec metrics test");
        try (EventPublisher publisher = new EventPublisher(config.kafka(), codec);
             ListMonitor probe = new ListMonitor(config.kafka(), codec,
                     r -> publisher.sendTimes().getOrDefault(r.triggerEventId, -1L), "127.0.0.1", 0)) {
            Iterator<Event> shop = new SyntheticShop(launch.tools().syntheticShop());
            List<MalformedRecords.Sample> bad = MalformedRecords.all(System.currentTimeMillis(), config.ingest());
            long start = System.currentTimeMillis();
            for (int sent = 0; sent < EVENTS_PER_SECOND * FEED_SECONDS && shop.hasNext(); sent++) {
                publisher.publish(shop.next());
                if (sent % 200 == 0 && sent / 200 < bad.size()) publisher.publishRaw(bad.get(sent / 200).payload());
                long due = start + sent * 1000L / EVENTS_PER_SECOND;
                long now = System.currentTimeMillis();
                if (due > now) Thread.sleep(due - now);
            }
            publisher.flush();
            Thread.sleep(5_000); // the last lists reach the probe; a checkpoint completes (every 2 s in the test environment)
            exported = new ArrayList<>(PrometheusText.parse(scrape(job.metrics())));
            exported.addAll(PrometheusText.parse(scrape(probe.url())));
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (job != null) job.job().cancel().get();
        if (kafka != null) kafka.close();
    }

    @Test
    void everyMetricAndLabelOfThePanelsAndAlertsIsExportedWithData() throws IOException {
        Map<String, Set<String>> problems = new TreeMap<>();
        for (OpsQueries.Query q : OpsQueries.read(OpsFiles.existing(OpsFiles.DASHBOARD), OpsFiles.existing(OpsFiles.ALERT_RULES))) {
            Set<String> labelsSeen = new TreeSet<>();
            for (OpsQueries.MetricUse use : q.metrics()) {
                List<PrometheusText.Sample> series = exported.stream().filter(s -> s.name().equals(use.name())).toList();
                series.forEach(s -> labelsSeen.addAll(s.labels().keySet()));
                String problem = check(use, series);
                if (problem != null) problems.computeIfAbsent(use.name(), n -> new TreeSet<>()).add(q.source() + ": " + problem);
            }
            for (String label : q.labels()) {
                if (!labelsSeen.contains(label)) {
                    problems.computeIfAbsent("label " + label, n -> new TreeSet<>()).add(q.source() + ": no metric it reads has it");
                }
            }
        }
        assertEquals(Map.of(), problems, "metrics the dashboard or alerts use that the job or the probe do not export");
    }

    @Test
    void engineCountersCarryTheirLabels() {
        assertTrue(exported.stream().anyMatch(s -> s.name().equals(engine("reason_deadLetters"))
                && "bad_json".equals(s.labels().get("reason")) && s.value() >= 1), "a bad_json dead letter was counted");
        assertTrue(exported.stream().anyMatch(s -> s.name().equals(engine("type_eventsIn"))
                && "view".equals(s.labels().get("type")) && s.value() > 0), "views were counted");
        assertTrue(exported.stream().anyMatch(s -> s.name().equals("streamrec_probe_event_to_list_seconds_count") && s.value() > 0),
                "the probe timed lists");
    }

    /** Null when the use is satisfied: a series with a value, the matched labels, and values matching. */
    private static String check(OpsQueries.MetricUse use, List<PrometheusText.Sample> series) {
        if (series.isEmpty()) return "not exported";
        if (series.stream().allMatch(s -> Double.isNaN(s.value()))) return "exported without data";
        for (OpsQueries.LabelMatcher m : use.matchers()) {
            if (m.op().startsWith("=") && series.stream().noneMatch(s -> s.labels().containsKey(m.label()))) {
                return "no label " + m.label();
            }
        }
        boolean anyMatches = series.stream().anyMatch(s -> use.matchers().stream().allMatch(m -> m.matches(s.labels().get(m.label()))));
        return anyMatches ? null : "no series matches " + use.matchers();
    }

    private static String scrape(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), uri.toString());
        return r.body();
    }

    private static String engine(String name) {
        return "flink_taskmanager_job_task_operator_streamrec_" + name;
    }
}
