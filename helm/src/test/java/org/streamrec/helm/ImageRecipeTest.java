package org.streamrec.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What can be checked of the image recipe without a Docker daemon: it builds on the official Flink
 * image of the Flink version the job is built against, copies the jar `mvn package` built, to
 * where the chart tells the operator to find it.
 */
class ImageRecipeTest {
    private static final Path CONNECTORS = Path.of(System.getProperty("streamrec.connectors", "../connectors"));
    private static final String FLINK_VERSION = System.getProperty("streamrec.flinkVersion", "2.2.0");

    @Test
    void buildsOnTheOfficialFlinkImageWithJava17() throws IOException {
        Matcher from = match("(?m)^FROM (\\S+)$");

        assertEquals("flink:" + FLINK_VERSION + "-scala_2.12-java17", from.group(1));
    }

    @Test
    void copiesTheJobJarThatMavenBuiltToWhereTheChartPointsTheOperator() throws IOException {
        Matcher copy = match("(?m)^COPY (?:--chown=\\S+ )?(\\S+) (\\S+)$");
        Path source = CONNECTORS.resolve(copy.group(1));

        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> matches = Files.newDirectoryStream(source.getParent(), source.getFileName().toString())) {
            matches.forEach(jars::add);
        }
        assertEquals(1, jars.size(), "the COPY source " + copy.group(1) + " must match exactly the job jar (run mvn package): " + jars);
        assertTrue(jars.get(0).getFileName().toString().endsWith("-job.jar"), jars.toString());
        String jarUri = Chart.YAML.readTree(Chart.DIRECTORY.resolve("values.yaml").toFile()).path("job").path("jarURI").asText();
        assertEquals("local://" + copy.group(2), jarUri);
        assertTrue(copy.group(2).startsWith("/opt/flink/usrlib/"), copy.group(2));
    }

    private static Matcher match(String regex) throws IOException {
        String dockerfile = Files.readString(CONNECTORS.resolve("Dockerfile"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile(regex).matcher(dockerfile);
        assertTrue(m.find(), "no line matching " + regex + " in connectors/Dockerfile");
        return m;
    }
}
