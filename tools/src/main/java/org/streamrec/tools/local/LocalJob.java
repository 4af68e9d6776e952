package org.streamrec.tools.local;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.streamrec.config.EngineConfig;
import org.streamrec.engine.job.JobIO;
import org.streamrec.engine.job.RecommendationJob;

/** Runs the engine's job graph on a local Flink MiniCluster in this JVM. */
public final class LocalJob {
    /** Flink's Prometheus reporter, as a cluster's configuration names it (docs/operations.md). */
    public static final String REPORTER_FACTORY_KEY = "metrics.reporter.prom.factory.class";
    public static final String REPORTER_FACTORY = "org.apache.flink.metrics.prometheus.PrometheusReporterFactory";
    public static final String REPORTER_PORT_KEY = "metrics.reporter.prom.port";

    private LocalJob() {}

    /** A job running on the local cluster, and the URL where Prometheus can scrape its metrics. */
    public record Served(JobClient job, URI metrics) {}

    /** Submits the job and returns once it is running. */
    public static JobClient start(EngineConfig config, JobIO io, String name) throws Exception {
        return start(RecommendationJob.flinkConfiguration(config), config, io, name);
    }

    /**
     * Submits the job on a cluster that serves every metric (Flink's and the engine's) through
     * Flink's Prometheus reporter on a free port, and returns once the job runs and the URL answers.
     */
    public static Served startServingMetrics(EngineConfig config, JobIO io, String name) throws Exception {
        int port = freePort();
        Configuration conf = RecommendationJob.flinkConfiguration(config);
        conf.setString(REPORTER_FACTORY_KEY, REPORTER_FACTORY);
        conf.setString(REPORTER_PORT_KEY, Integer.toString(port));
        JobClient job = start(conf, config, io, name);
        URI metrics = URI.create("http://127.0.0.1:" + port + "/metrics");
        try {
            awaitAnswer(metrics);
        } catch (IOException e) {
            job.cancel().get();
            throw new IllegalStateException("Flink's Prometheus reporter does not answer at " + metrics
                    + " (was port " + port + " taken meanwhile?): " + e.getMessage(), e);
        }
        return new Served(job, metrics);
    }

    private static JobClient start(Configuration conf, EngineConfig config, JobIO io, String name) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(conf);
        RecommendationJob.assemble(env, config, io);
        JobClient client = env.executeAsync(name);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (client.getJobStatus().get() != JobStatus.RUNNING) {
            JobStatus status = client.getJobStatus().get();
            if (status.isTerminalState()) {
                client.getJobExecutionResult().get();
                throw new IllegalStateException("job ended while starting: " + status);
            }
            if (Instant.now().isAfter(deadline)) throw new IllegalStateException("job did not start within 2 minutes");
            Thread.sleep(100);
        }
        return client;
    }

    /** Runs a job whose sources are bounded to the end. */
    public static void runToEnd(EngineConfig config, JobIO io, String name) throws Exception {
        StreamExecutionEnvironment env =
                StreamExecutionEnvironment.createLocalEnvironment(RecommendationJob.flinkConfiguration(config));
        RecommendationJob.assemble(env, config, io);
        env.execute(name);
    }

    /** A port nobody listens on now; the reporter takes a port number, not an ephemeral bind. */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitAnswer(URI uri) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plusSeconds(10);
        while (true) {
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) return;
                throw new IOException("HTTP " + response.statusCode());
            } catch (IOException e) {
                if (Instant.now().isAfter(deadline)) throw e;
                Thread.sleep(200);
            }
        }
    }
}
