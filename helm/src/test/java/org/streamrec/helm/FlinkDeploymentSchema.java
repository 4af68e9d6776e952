package org.streamrec.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;

/**
 * The Flink Kubernetes Operator's own schema of a FlinkDeployment (v1beta1), from the CRD its API
 * jar ships, made as strict as the API server: a field the CRD does not know would be silently
 * pruned on apply, so here it is an error.
 */
final class FlinkDeploymentSchema {
    private static final String CRD = "/META-INF/fabric8/flinkdeployments.flink.apache.org-v1beta1.yml";
    /**
     * The newest CRD served from Maven Central is the operator 1.10's, which lists Flink versions up
     * to v1_20; the operator knows v2_2 from 1.13 on (its FlinkVersion enum), and 1.13 is what the
     * chart needs. The only change made to the 1.10 schema.
     */
    static final String FLINK_VERSION = "v2_2";

    private static final Schema SCHEMA = load();

    private FlinkDeploymentSchema() {}

    /** Every way {@code deployment} breaks the schema, each with where; empty when it is valid. */
    static List<String> problems(JsonNode deployment) {
        List<Error> errors = SCHEMA.validate(deployment.toString(), InputFormat.JSON);
        return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }

    private static Schema load() {
        try (InputStream in = FlinkDeploymentSchema.class.getResourceAsStream(CRD)) {
            if (in == null) throw new IllegalStateException("no " + CRD + " on the classpath (flink-kubernetes-operator-api)");
            JsonNode crd = Chart.YAML.readTree(in);
            ObjectNode schema = (ObjectNode) openApiSchema(crd).deepCopy();
            // The API server checks these itself; the CRD's schema leaves them out.
            ObjectNode root = (ObjectNode) schema.path("properties");
            root.putObject("apiVersion").put("type", "string").putArray("enum").add("flink.apache.org/v1beta1");
            root.putObject("kind").put("type", "string").putArray("enum").add("FlinkDeployment");
            root.putObject("metadata").put("type", "object");
            ((ArrayNode) schema.path("properties").path("spec").path("properties").path("flinkVersion").path("enum"))
                    .add(FLINK_VERSION);
            closeObjects(schema);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(schema.toString(), InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CRD, e);
        }
    }

    /** apiextensions v1beta1 keeps one schema in spec.validation, v1 one per version. */
    private static JsonNode openApiSchema(JsonNode crd) {
        JsonNode single = crd.path("spec").path("validation").path("openAPIV3Schema");
        if (!single.isMissingNode()) return single;
        for (JsonNode version : crd.path("spec").path("versions")) {
            if (version.path("name").asText().equals("v1beta1")) return version.path("schema").path("openAPIV3Schema");
        }
        throw new IllegalStateException("no v1beta1 schema in " + CRD);
    }

    /** additionalProperties: false on every object that lists its properties and keeps no unknown fields. */
    private static void closeObjects(JsonNode node) {
        if (node instanceof ObjectNode object && object.has("properties") && !object.has("additionalProperties")
                && !object.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
            object.put("additionalProperties", false);
        }
        for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
            closeObjects(children.next());
        }
    }
}
