package org.streamrec.tools.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The job jar holds the job and what a Flink cluster lacks, nothing of Flink itself, and its entry point starts. */
class JobJarTest {
    private static final String MAIN_CLASS = "org.streamrec.connectors.StreamrecJob";

    @Test
    void holdsTheJobAndTheKafkaConnectorButNeitherFlinkNorALoggingImplementation() throws IOException {
        try (JarFile jar = new JarFile(BuiltArtifacts.jobJar().toFile())) {
            assertEquals(MAIN_CLASS, jar.getManifest().getMainAttributes().getValue("Main-Class"));
            for (String wanted : List.of(
                    "org/streamrec/connectors/StreamrecJob.class",
                    "org/streamrec/engine/job/RecommendationJob.class",
                    "org/streamrec/config/ConfigLoader.class",
                    "defaults.yaml",
                    "envs/production.example.yaml",
                    "org/apache/flink/connector/kafka/source/KafkaSource.class",
                    "org/apache/kafka/clients/producer/KafkaProducer.class",
                    "com/fasterxml/jackson/dataformat/yaml/YAMLFactory.class")) {
                assertTrue(jar.getEntry(wanted) != null, "the job jar lacks " + wanted);
            }
            for (String unwanted : List.of(
                    "org/apache/flink/runtime/", "org/apache/flink/streaming/api/environment/",
                    "org/apache/flink/connector/base/", "org/apache/flink/state/rocksdb/",
                    "org/apache/logging/log4j/core/", "org/slf4j/")) {
                assertFalse(jar.stream().anyMatch(e -> e.getName().startsWith(unwanted)), "the job jar holds " + unwanted);
            }
            // Both jackson-core and jackson-dataformat-yaml register a JsonFactory: merged, not one lost.
            String factories = new String(jar.getInputStream(jar.getEntry("META-INF/services/com.fasterxml.jackson.core.JsonFactory"))
                    .readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(factories.contains("com.fasterxml.jackson.core.JsonFactory") && factories.contains("YAMLFactory"), factories);
        }
    }

    @Test
    void validateLoadsAndPrintsTheConfigurationOnFlinksClasspath() throws Exception {
        Run run = runJobJar("--config", "production.example", "--set", "runtime.parallelism=3", "--validate");

        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("Configuration production.example: valid."), run.output());
        assertTrue(run.output().contains("kafka-0.kafka:9092"), run.output());
        assertTrue(run.output().contains("parallelism    3"), run.output());
        assertTrue(run.output().contains("state.backend.type: rocksdb (checked)"), run.output());
    }

    @Test
    void aBadConfigurationExitsNonZeroNamingTheKey() throws Exception {
        Run run = runJobJar("--config", "production.example", "--set", "runtime.parallelism=-1", "--validate");

        assertEquals(2, run.exitCode(), run.output());
        assertTrue(run.output().contains("runtime.parallelism"), run.output());
    }

    @Test
    void anUnknownArgumentExitsNonZeroWithTheUsage() throws Exception {
        Run run = runJobJar("--confg", "local");

        assertEquals(2, run.exitCode(), run.output());
        assertTrue(run.output().contains("unknown argument '--confg'") && run.output().contains("usage:"), run.output());
    }

    private record Run(int exitCode, String output) {}

    /** The job jar's main class in a JVM of its own, on Flink's jars as a cluster would run it. */
    private static Run runJobJar(String... args) throws Exception {
        String classpath = BuiltArtifacts.jobJar() + ":" + BuiltArtifacts.flinkClasspath().stream()
                .map(Path::toString).collect(Collectors.joining(":"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath, MAIN_CLASS));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), output);
    }
}
