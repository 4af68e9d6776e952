package org.streamrec.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.streamrec.config.ConfigLoader;
import org.streamrec.config.EngineConfig;
import org.streamrec.config.KafkaSecurityConfig;

class ChartTest {
    @TempDir
    Path temp;

    @Test
    void lintsCleanStrictly() {
        LintResult lint = new Helm(Chart.DIRECTORY).lint().strict().call();

        assertFalse(lint.isFailed(), String.join("\n", lint.getMessages()));
    }

    @Test
    void defaultsRenderAFlinkDeploymentTheOperatorAccepts() throws Exception {
        Chart.Manifests manifests = Chart.render(Map.of());
        JsonNode deployment = manifests.one("FlinkDeployment");

        assertEquals(List.of(), FlinkDeploymentSchema.problems(deployment));
        JsonNode spec = deployment.path("spec");
        assertEquals("flink.apache.org/v1beta1", deployment.path("apiVersion").asText());
        assertEquals("streamrec:0.1.0", spec.path("image").asText());
        assertEquals("local:///opt/flink/usrlib/streamrec-job.jar", spec.path("job").path("jarURI").asText());
        assertEquals("org.streamrec.connectors.StreamrecJob", spec.path("job").path("entryClass").asText());
        assertEquals("savepoint", spec.path("job").path("upgradeMode").asText());
        assertEquals(2, spec.path("job").path("parallelism").asInt(), "the job's parallelism is engine.runtime.parallelism");
        JsonNode flink = spec.path("flinkConfiguration");
        assertEquals("rocksdb", flink.path("state.backend.type").asText());
        assertEquals("true", flink.path("execution.checkpointing.incremental").asText());
        assertEquals("s3://streamrec/checkpoints", flink.path("execution.checkpointing.dir").asText());
        assertEquals("s3://streamrec/savepoints", flink.path("execution.checkpointing.savepoint-dir").asText());
        assertEquals("kubernetes", flink.path("high-availability.type").asText());
        assertEquals("s3://streamrec/ha", flink.path("high-availability.storageDir").asText());
        assertEquals("exponential-delay", flink.path("restart-strategy.type").asText());
        assertEquals("org.apache.flink.metrics.prometheus.PrometheusReporterFactory",
                flink.path("metrics.reporter.prom.factory.class").asText());
        assertEquals("9249", flink.path("metrics.reporter.prom.port").asText());
        JsonNode container = spec.path("podTemplate").path("spec").path("containers").get(0);
        assertEquals("flink-main-container", container.path("name").asText());
        assertEquals(9249, container.path("ports").get(0).path("containerPort").asInt());
        // Nothing optional by default.
        assertEquals(List.of("ConfigMap/recs-engine", "FlinkDeployment/recs"), manifests.kinds());
    }

    @Test
    void theSchemaRefusesWhatTheOperatorWouldNotTake() {
        ObjectNode deployment = (ObjectNode) Chart.render(Map.of()).one("FlinkDeployment");
        ((ObjectNode) deployment.path("spec").path("job")).put("upgradeMod", "savepoint");
        ((ObjectNode) deployment.path("spec")).put("flinkVersion", "v1_12");

        String problems = String.join("\n", FlinkDeploymentSchema.problems(deployment));
        assertTrue(problems.contains("upgradeMod"), "a field the CRD does not know: " + problems);
        assertTrue(problems.contains("flinkVersion"), "a Flink version the operator does not know: " + problems);
    }

    @Test
    void theJobReadsTheEngineConfigMapWhereItIsMounted() {
        JsonNode spec = Chart.render(Map.of()).one("FlinkDeployment").path("spec");

        List<String> args = new ArrayList<>();
        spec.path("job").path("args").forEach(a -> args.add(a.asText()));
        assertEquals(List.of("--config", "/etc/streamrec/engine/engine.yaml"), args);
        JsonNode mount = spec.path("podTemplate").path("spec").path("containers").get(0).path("volumeMounts").get(0);
        assertEquals("/etc/streamrec/engine", mount.path("mountPath").asText());
        assertEquals("recs-engine", spec.path("podTemplate").path("spec").path("volumes").get(0).path("configMap").path("name").asText());
    }

    @Test
    void theEngineConfigMapLoadsThroughTheEnginesOwnLoader() throws Exception {
        EngineConfig config = load(Chart.render(Map.of()));

        assertEquals("kafka:9092", config.kafka().bootstrapServers());
        assertEquals("s3://streamrec/checkpoints", config.runtime().checkpointDir());
        assertEquals(2, config.runtime().parallelism());
    }

    @Test
    void productionValuesRenderAValidDeploymentWithKafkaCredentialsFromTheSecret() throws Exception {
        Chart.Manifests manifests = Chart.render(List.of(Chart.PRODUCTION_VALUES), Map.of());
        JsonNode deployment = manifests.one("FlinkDeployment");

        assertEquals(List.of(), FlinkDeploymentSchema.problems(deployment));
        EngineConfig config = load(manifests);
        assertEquals(KafkaSecurityConfig.Protocol.SASL_SSL, config.kafka().security().protocol());
        assertEquals(config.runtime().parallelism(), deployment.path("spec").path("job").path("parallelism").asInt());
        JsonNode pod = deployment.path("spec").path("podTemplate").path("spec");
        assertEquals(config.kafka().security().passwordFile(), mountOf(pod, "password").path("mountPath").asText());
        assertEquals(config.kafka().security().truststoreFile(), mountOf(pod, "ca.crt").path("mountPath").asText());
        JsonNode secretVolume = volume(pod, "kafka-credentials");
        assertEquals("streamrec-kafka", secretVolume.path("secret").path("secretName").asText());
        assertFalse(manifests.all().toString().contains("KafkaPassw0rd"), "a secret value never reaches a manifest");
        assertEquals(List.of("ConfigMap/recs-engine", "ConfigMap/recs-dashboard", "Service/recs-metrics",
                "FlinkDeployment/recs", "PodMonitor/recs", "PrometheusRule/recs", "ServiceMonitor/recs"), manifests.kinds());
    }

    @Test
    void theOptionalMonitoringPiecesCarryTheFilesBesideTheChart() throws Exception {
        Chart.Manifests manifests = Chart.render(Map.of("metrics.podMonitor.enabled", true,
                "metrics.prometheusRule.enabled", true, "metrics.grafanaDashboard.enabled", true));

        JsonNode podMonitor = manifests.one("PodMonitor");
        assertEquals("recs", podMonitor.path("spec").path("selector").path("matchLabels").path("app").asText());
        assertEquals("metrics", podMonitor.path("spec").path("podMetricsEndpoints").get(0).path("port").asText());
        JsonNode rules = Chart.YAML.readTree(Chart.DIRECTORY.resolve("files/alert-rules.yaml").toFile());
        assertEquals(rules.path("groups"), manifests.one("PrometheusRule").path("spec").path("groups"));
        JsonNode dashboard = manifests.all().stream().filter(d -> d.path("metadata").path("name").asText().equals("recs-dashboard"))
                .findFirst().orElseThrow();
        assertEquals("1", dashboard.path("metadata").path("labels").path("grafana_dashboard").asText());
        assertEquals(new ObjectMapper().readTree(Chart.DIRECTORY.resolve("files/grafana-dashboard.json").toFile()),
                new ObjectMapper().readTree(dashboard.path("data").path("streamrec.json").asText()));
    }

    @Test
    void aNegativeParallelismIsRefusedNamingIt() {
        String message = refused(Map.of("engine.runtime.parallelism", -2));

        assertTrue(message.contains("parallelism"), message);
    }

    @Test
    void missingBootstrapServersAreRefusedNamingThem() {
        assertTrue(refused(Map.of("engine.kafka.bootstrapServers", "")).contains("bootstrapServers"));
        assertTrue(refused(Map.of("engine.kafka.bootstrapServers", "null")).contains("bootstrapServers"));
    }

    @Test
    void otherBadValuesAreRefusedNamingThem() {
        assertTrue(refused(Map.of("engine.ranking.lstSize", 5)).contains("lstSize"), "an unknown engine key");
        assertTrue(refused(Map.of("engine.runtime.checkpointDir", "file:///tmp/x")).contains("checkpointDir"), "not object storage");
        assertTrue(refused(Map.of("engine.runtime.checkpointInterval", "ten seconds")).contains("checkpointInterval"));
        String secret = refused(Map.of("engine.kafka.security.passwordFile", "/etc/kafka/password"));
        assertTrue(secret.contains("kafkaCredentials.secretName"), secret);
    }

    private static String refused(Map<String, Object> sets) {
        return assertThrows(RuntimeException.class, () -> Chart.render(sets), "rendered although " + sets).getMessage();
    }

    private EngineConfig load(Chart.Manifests manifests) throws Exception {
        Path file = temp.resolve("engine.yaml");
        Files.writeString(file, manifests.engineConfig());
        return ConfigLoader.load(file.toString(), Map.of());
    }

    private static JsonNode mountOf(JsonNode pod, String subPath) {
        for (JsonNode m : pod.path("containers").get(0).path("volumeMounts")) {
            if (m.path("subPath").asText().equals(subPath)) return m;
        }
        throw new AssertionError("no mount of " + subPath + " in " + pod);
    }

    private static JsonNode volume(JsonNode pod, String name) {
        for (JsonNode v : pod.path("volumes")) {
            if (v.path("name").asText().equals(name)) return v;
        }
        throw new AssertionError("no volume " + name + " in " + pod);
    }
}
