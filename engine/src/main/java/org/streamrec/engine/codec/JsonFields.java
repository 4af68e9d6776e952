package org.streamrec.engine.codec;

import static org.streamrec.engine.codec.RejectCode.INVALID_VALUE;
import static org.streamrec.engine.codec.RejectCode.MISSING_FIELD;
import static org.streamrec.engine.codec.RejectCode.WRONG_TYPE;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.streamrec.config.IngestConfig;

/**
 * Typed reads of one JSON object's fields, each failing with a {@link Rejection} that names the
 * field by its path (e.g. {@code lines[1].quantity}). JSON null counts as absent. Ids, texts and
 * lists are held to the {@code ingest.*} limits, and no string may hold an unpaired surrogate (it
 * would come out of the engine as '?', another id) or a control character (a text may hold tabs and
 * line breaks).
 */
final class JsonFields {
    private final JsonNode object;
    private final String path;
    private final IngestConfig limits;

    /** Reads one present value as a T, or rejects it; gets the field name for the message. */
    private interface Reader<T> {
        T read(String field, JsonNode node);
    }

    JsonFields(JsonNode object, String path, IngestConfig limits) {
        this.object = object;
        this.path = path;
        this.limits = limits;
    }

    IngestConfig limits() {
        return limits;
    }

    private String name(String field) {
        return path + field;
    }

    private <T> T required(String field, Reader<T> reader) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) throw new Rejection(MISSING_FIELD, name(field));
        return reader.read(field, node);
    }

    private <T> T optional(String field, Reader<T> reader) {
        JsonNode node = object.get(field);
        return node == null || node.isNull() ? null : reader.read(field, node);
    }

    /** An id: a non-empty string, or an integer (many shops number their users and items). */
    String requiredId(String field) {
        return required(field, this::id);
    }

    String optionalId(String field) {
        return optional(field, this::id);
    }

    String requiredText(String field) {
        return required(field, this::nonEmptyText);
    }

    String optionalText(String field) {
        return optional(field, this::text);
    }

    int requiredInt(String field) {
        return required(field, this::integer);
    }

    Integer optionalInt(String field) {
        return optional(field, this::integer);
    }

    double requiredNumber(String field) {
        return required(field, this::number);
    }

    Double optionalNumber(String field) {
        return optional(field, this::number);
    }

    boolean requiredBoolean(String field) {
        return required(field, this::bool);
    }

    Boolean optionalBoolean(String field) {
        return optional(field, this::bool);
    }

    /** The raw value of a field whose type the caller decides (e.g. a time as number or string). */
    JsonNode requiredNode(String field) {
        return required(field, (f, node) -> node);
    }

    /** A non-empty array of objects, each handed out as its own {@code JsonFields} with an indexed path. */
    List<JsonFields> requiredObjects(String field) {
        JsonNode array = required(field, this::nonEmptyArray);
        List<JsonFields> objects = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String element = name(field) + "[" + i + "]";
            if (!array.get(i).isObject()) throw new Rejection(WRONG_TYPE, element + " must be an object");
            objects.add(new JsonFields(array.get(i), element + ".", limits));
        }
        return objects;
    }

    /** A non-empty array of ids written as strings. */
    List<String> requiredIdTexts(String field) {
        JsonNode array = required(field, this::nonEmptyArray);
        List<String> ids = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String element = field + "[" + i + "]";
            ids.add(checkedId(element, nonBlank(element, string(element, array.get(i)))));
        }
        return ids;
    }

    private String id(String field, JsonNode node) {
        return checkedId(field, node.isIntegralNumber() ? node.asText() : nonBlank(field, string(field, node)));
    }

    private String checkedId(String field, String id) {
        if (id.length() > limits.maxIdLength()) {
            throw invalid(field, "is " + id.length() + " characters long, over ingest.maxIdLength " + limits.maxIdLength());
        }
        return checkedChars(field, id, false);
    }

    private String text(String field, JsonNode node) {
        String text = string(field, node);
        if (text.length() > limits.maxTextLength()) {
            throw invalid(field, "is " + text.length() + " characters long, over ingest.maxTextLength " + limits.maxTextLength());
        }
        return checkedChars(field, text, true);
    }

    private String nonEmptyText(String field, JsonNode node) {
        return nonBlank(field, text(field, node));
    }

    private String string(String field, JsonNode node) {
        if (!node.isTextual()) throw wrongType(field, "a string");
        return node.textValue();
    }

    private String nonBlank(String field, String value) {
        if (value.isBlank()) throw invalid(field, "must not be empty");
        return value;
    }

    private String checkedChars(String field, String value, boolean lineBreaksAllowed) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw invalid(field, String.format("holds an unpaired surrogate \\u%04x at %d", (int) c, i));
            } else if (Character.isISOControl(c) && !(lineBreaksAllowed && (c == '\t' || c == '\n' || c == '\r'))) {
                throw invalid(field, String.format("holds the control character \\u%04x at %d", (int) c, i));
            }
        }
        return value;
    }

    private int integer(String field, JsonNode node) {
        if (!node.isIntegralNumber()) throw wrongType(field, "an integer");
        if (!node.canConvertToInt()) throw invalid(field, "is out of range, got " + Rejection.number(node.asText()));
        return node.intValue();
    }

    private double number(String field, JsonNode node) {
        if (!node.isNumber()) throw wrongType(field, "a number");
        double value = node.doubleValue();
        if (!Double.isFinite(value)) throw invalid(field, "is out of range, got " + Rejection.number(node.asText()));
        return value;
    }

    private boolean bool(String field, JsonNode node) {
        if (!node.isBoolean()) throw wrongType(field, "true or false");
        return node.booleanValue();
    }

    private JsonNode nonEmptyArray(String field, JsonNode node) {
        if (!node.isArray()) throw wrongType(field, "an array");
        if (node.isEmpty()) throw invalid(field, "must not be empty");
        if (node.size() > limits.maxListSize()) {
            throw invalid(field, "has " + node.size() + " entries, over ingest.maxListSize " + limits.maxListSize());
        }
        return node;
    }

    /** A rejection for a field that the event's type requires. */
    Rejection missing(String field) {
        return new Rejection(MISSING_FIELD, name(field));
    }

    /** A rejection for a value that has the right type but is out of bounds. */
    Rejection invalid(String field, String problem) {
        return new Rejection(INVALID_VALUE, name(field) + " " + problem);
    }

    Rejection wrongType(String field, String expected) {
        return new Rejection(WRONG_TYPE, name(field) + " must be " + expected);
    }
}
