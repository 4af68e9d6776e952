package org.streamrec.tools.cluster;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What `mvn package` built before these tests run (connectors is packaged before tools is tested):
 * the job jar and the list of Flink's jars, as the build passes them in system properties.
 */
public final class BuiltArtifacts {
    private BuiltArtifacts() {}

    public static Path jobJar() {
        Path jar = Path.of(System.getProperty(ClusterCommand.JOB_JAR_PROPERTY, "(unset)"));
        assertTrue(Files.isRegularFile(jar), "no job jar at " + jar + ": run the tests with `mvn verify` (or package connectors first)");
        return jar;
    }

    public static List<Path> flinkClasspath() throws IOException {
        return ClusterCommand.flinkClasspath();
    }
}
