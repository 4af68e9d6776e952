package org.streamrec.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The chart under test, rendered with embedded Helm (no helm binary, no cluster). */
final class Chart {
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final Path DIRECTORY = Path.of(System.getProperty("streamrec.chart", "streamrec"));
    static final Path PRODUCTION_VALUES = Path.of(System.getProperty("streamrec.chartExamples", "examples"))
            .resolve("production-values.yaml");
    static final String RELEASE = "recs";

    private Chart() {}

    /** The manifests {@code helm template} renders with these values files and {@code --set}s. */
    static Manifests render(List<Path> valuesFiles, Map<String, Object> sets) {
        TemplateCommand template = new Helm(DIRECTORY).template().withName(RELEASE).withNamespace("shop");
        valuesFiles.forEach(template::withValuesFile);
        sets.forEach(template::set);
        return new Manifests(parse(template.call()));
    }

    static Manifests render(Map<String, Object> sets) {
        return render(List.of(), sets);
    }

    private static List<JsonNode> parse(String rendered) {
        List<JsonNode> docs = new ArrayList<>();
        try (var it = YAML.readerFor(JsonNode.class).<JsonNode>readValues(rendered)) {
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isNull() && !doc.isMissingNode() && doc.size() > 0) docs.add(doc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("helm rendered YAML that does not parse:\n" + rendered, e);
        }
        return docs;
    }

    /** Rendered manifests, looked up by kind. */
    record Manifests(List<JsonNode> all) {
        JsonNode one(String kind) {
            List<JsonNode> found = of(kind);
            if (found.size() != 1) throw new AssertionError("expected one " + kind + ", rendered " + found.size() + ": " + kinds());
            return found.get(0);
        }

        List<JsonNode> of(String kind) {
            return all.stream().filter(d -> d.path("kind").asText().equals(kind)).toList();
        }

        List<String> kinds() {
            return all.stream().map(d -> d.path("kind").asText() + "/" + d.path("metadata").path("name").asText()).toList();
        }

        /** The engine ConfigMap's configuration file, as the job reads it. */
        String engineConfig() {
            return all.stream().filter(d -> d.path("kind").asText().equals("ConfigMap")
                            && d.path("metadata").path("name").asText().endsWith("-engine"))
                    .findFirst().orElseThrow(() -> new AssertionError("no engine ConfigMap in " + kinds()))
                    .path("data").path("engine.yaml").asText();
        }
    }
}
