package org.streamrec.tools.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The alert rules pass {@code promtool check rules}, and {@code promtool test rules} runs a unit test
 * per alert (fake series on which it fires, and mostly a case where it stays silent). CI sets
 * {@value #REQUIRED} (.ci/run), so there a missing promtool fails; elsewhere these tests are skipped.
 */
class AlertRulesTest {
    static final String REQUIRED = "STREAMREC_REQUIRE_PROMTOOL";
    private static final String TESTS = "/promtool/alert-rules.test.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static Path promtool;

    @BeforeAll
    static void findPromtool() {
        Optional<Path> found = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, "promtool")).filter(Files::isExecutable).findFirst();
        if (found.isEmpty() && System.getenv(REQUIRED) != null) {
            throw new AssertionError("promtool is not on the PATH, and " + REQUIRED + " says CI needs it: "
                    + "apt-get install -y prometheus (.ci/run does)");
        }
        Assumptions.assumeTrue(found.isPresent(),
                "promtool is not on the PATH: alert rule checks skipped (apt-get install -y prometheus gives it)");
        promtool = found.get();
    }

    @Test
    void rulesAreValid(@TempDir Path dir) throws Exception {
        run(dir, promtool.toString(), "check", "rules", OpsFiles.existing(OpsFiles.ALERT_RULES).toAbsolutePath().toString());
    }

    @Test
    void everyAlertPassesItsUnitTest(@TempDir Path dir) throws Exception {
        Files.copy(OpsFiles.ALERT_RULES, dir.resolve("alert-rules.yaml"), StandardCopyOption.REPLACE_EXISTING);
        try (InputStream tests = AlertRulesTest.class.getResourceAsStream(TESTS)) {
            Files.copy(tests, dir.resolve("alert-rules.test.yaml"));
        }
        run(dir, promtool.toString(), "test", "rules", "alert-rules.test.yaml");
    }

    @Test
    void everyAlertHasATestOnWhichItFires() throws IOException {
        Set<String> alerts = new TreeSet<>();
        for (JsonNode group : YAML.readTree(OpsFiles.ALERT_RULES.toFile()).get("groups")) {
            for (JsonNode rule : group.get("rules")) if (rule.has("alert")) alerts.add(rule.get("alert").asText());
        }
        Set<String> firing = new TreeSet<>();
        try (InputStream in = AlertRulesTest.class.getResourceAsStream(TESTS)) {
            for (JsonNode test : YAML.readTree(in).get("tests")) {
                for (JsonNode t : test.path("alert_rule_test")) {
                    if (!t.path("exp_alerts").isEmpty()) firing.add(t.get("alertname").asText());
                }
            }
        }
        assertEquals(alerts, firing);
    }

    private static void run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish within 2 minutes");
        }
        assertEquals(0, p.exitValue(), String.join(" ", List.of(command)) + " said:\n" + output);
    }
}
