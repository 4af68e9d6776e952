package org.streamrec.tools.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.streamrec.config.EngineConfig;
import org.streamrec.connectors.kafka.KafkaIO;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.tools.config.LaunchConfig;
import org.streamrec.tools.demo.ShopFeed;
import org.streamrec.tools.embedded.EmbeddedKafka;
import org.streamrec.tools.shop.SyntheticShop;

/**
 * The job jar on a real standalone cluster (a JobManager and two TaskManagers, each its own JVM),
 * submitted over REST against a real broker and fed a small synthetic shop, as `./recs cluster` does.
 */
class ClusterJobTest {
    // Few shoppers make each one come back often, so repurchases, and reminders, come within seconds;
    // a year of them (about a minute of events at this rate) keeps the feed, and the watermark, going
    // until they do, also when the job lags on a loaded machine.
    private static final Map<String, String> SMALL_SHOP = Map.of("syntheticShop.users", "60", "syntheticShop.items", "200",
            "syntheticShop.duration", "365d");

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void theJobJarRecommendsAndRemindsFromTwoTaskManagers() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start();
             FlinkCluster cluster = FlinkCluster.start(BuiltArtifacts.flinkClasspath(), 2, 1)) {
            Map<String, String> jobSettings = Map.of("kafka.bootstrapServers", kafka.bootstrapServers(),
                    "runtime.checkpointDir", cluster.checkpointDirectory());
            LaunchConfig launch = LaunchConfig.load("test", merged(jobSettings, SMALL_SHOP));
            EngineConfig config = launch.engine();
            KafkaIO.createTopics(config.kafka());

            String jar = cluster.uploadJar(BuiltArtifacts.jobJar());
            String job = cluster.submit(jar, List.of("--config", "test",
                    "--set", "kafka.bootstrapServers=" + kafka.bootstrapServers(),
                    "--set", "runtime.checkpointDir=" + cluster.checkpointDirectory()), null);
            cluster.awaitRunning(job);

            ShopFeed.Outputs outputs = ShopFeed.of(90, 500, true, true).run(new SyntheticShop(launch.tools().syntheticShop()),
                    config, EventCodec.of(config), System.out,
                    o -> o.recommendations() > 0 && o.reminders() > 0);

            assertTrue(outputs.recommendations() > 0, "no recommendations: " + outputs + logs(cluster));
            assertTrue(outputs.reminders() > 0, "no reminders: " + outputs + logs(cluster));
            assertEquals(2, cluster.taskManagers().size());
            assertEquals(cluster.taskManagers(), cluster.taskManagersOf(job), "the job's tasks ran on both TaskManagers");
            // Not asserted: on a machine loaded far past its cores a heartbeat can time out and restart the job once.
            System.out.printf("restarts %d, completed checkpoints %d%n", cluster.restarts(job), cluster.completedCheckpoints(job));
            assertTrue(scrape(cluster.metricsUrls().get("taskmanager-1")).contains("flink_taskmanager_job_task_operator"),
                    "a TaskManager serves the job's operator metrics to Prometheus");

            String savepoint = cluster.stopWithSavepoint(job);
            assertTrue(Files.exists(Path.of(URI.create(savepoint)).resolve("_metadata")), savepoint);
            assertEquals("FINISHED", cluster.jobState(job));
        }
    }

    private static Map<String, String> merged(Map<String, String> a, Map<String, String> b) {
        Map<String, String> all = new java.util.LinkedHashMap<>(a);
        all.putAll(b);
        return all;
    }

    private static String scrape(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String logs(FlinkCluster cluster) {
        return "\njobmanager log:\n" + cluster.logTail(FlinkCluster.JOB_MANAGER, 40);
    }
}
