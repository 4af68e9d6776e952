package org.streamrec.connectors;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The JSON examples of docs/events.md, for the tests that keep the doc true and that fuzz the decoder. */
final class EventsDoc {
    static final Path PATH = Path.of("..", "docs", "events.md");
    /** Fails on any field the model does not have, so the doc cannot show a misspelt or removed field. */
    static final ObjectMapper STRICT = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);

    private EventsDoc() {}

    static String text() {
        try {
            return Files.readString(PATH, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every ```json block, in order. */
    static List<JsonNode> examples() throws IOException {
        List<JsonNode> blocks = new ArrayList<>();
        Matcher m = JSON_BLOCK.matcher(text());
        while (m.find()) blocks.add(STRICT.readTree(m.group(1)));
        return blocks;
    }

    /** The input events (they have a {@code type}). */
    static List<JsonNode> inputEvents() throws IOException {
        return examples().stream().filter(e -> e.has("type")).toList();
    }

    /** The business rules (they have a {@code ruleId}). */
    static List<JsonNode> rules() throws IOException {
        return examples().stream().filter(e -> e.has("ruleId")).toList();
    }

    static byte[] bytes(JsonNode json) {
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }
}
