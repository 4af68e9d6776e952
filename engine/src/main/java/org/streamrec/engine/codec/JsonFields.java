package org.streamrec.engine.codec;

import static org.streamrec.engine.codec.RejectCode.INVALID_VALUE;
import static org.streamrec.engine.codec.RejectCode.MISSING_FIELD;
import static org.streamrec.engine.codec.RejectCode.WRONG_TYPE;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed reads of one JSON object's fields, each failing with a {@link Rejection} that names the
 * field by its path (e.g. {@code lines[1].quantity}). JSON null counts as absent.
 */
final class JsonFields {
    private final JsonNode object;
    private final String path;

    JsonFields(JsonNode object, String path) {
        this.object = object;
        this.path = path;
    }

    private String name(String field) {
        return path + field;
    }

    private JsonNode present(String field) {
        JsonNode node = object.get(field);
        return node == null || node.isNull() ? null : node;
    }

    private JsonNode required(String field) {
        JsonNode node = present(field);
        if (node == null) throw new Rejection(MISSING_FIELD, name(field));
        return node;
    }

    /** An id: a non-empty string, or an integer (many shops number their users and items). */
    String requiredId(String field) {
        return id(field, required(field));
    }

    String optionalId(String field) {
        JsonNode node = present(field);
        return node == null ? null : id(field, node);
    }

    private String id(String field, JsonNode node) {
        if (node.isIntegralNumber()) return node.asText();
        return nonEmpty(field, text(field, node));
    }

    String requiredText(String field) {
        return nonEmpty(field, text(field, required(field)));
    }

    String optionalText(String field) {
        JsonNode node = present(field);
        return node == null ? null : text(field, node);
    }

    private String text(String field, JsonNode node) {
        if (!node.isTextual()) throw new Rejection(WRONG_TYPE, name(field) + " must be a string");
        return node.textValue();
    }

    private String nonEmpty(String field, String value) {
        if (value.isBlank()) throw new Rejection(INVALID_VALUE, name(field) + " must not be empty");
        return value;
    }

    int requiredInt(String field) {
        return integer(field, required(field));
    }

    Integer optionalInt(String field) {
        JsonNode node = present(field);
        return node == null ? null : integer(field, node);
    }

    private int integer(String field, JsonNode node) {
        if (!node.isIntegralNumber()) throw new Rejection(WRONG_TYPE, name(field) + " must be an integer");
        if (!node.canConvertToInt()) throw new Rejection(INVALID_VALUE, name(field) + " is out of range, got " + node);
        return node.intValue();
    }

    double requiredNumber(String field) {
        return number(field, required(field));
    }

    Double optionalNumber(String field) {
        JsonNode node = present(field);
        return node == null ? null : number(field, node);
    }

    private double number(String field, JsonNode node) {
        if (!node.isNumber()) throw new Rejection(WRONG_TYPE, name(field) + " must be a number");
        double value = node.doubleValue();
        if (!Double.isFinite(value)) throw new Rejection(INVALID_VALUE, name(field) + " is out of range, got " + node);
        return value;
    }

    boolean requiredBoolean(String field) {
        return bool(field, required(field));
    }

    Boolean optionalBoolean(String field) {
        JsonNode node = present(field);
        return node == null ? null : bool(field, node);
    }

    private boolean bool(String field, JsonNode node) {
        if (!node.isBoolean()) throw new Rejection(WRONG_TYPE, name(field) + " must be true or false");
        return node.booleanValue();
    }

    /** The raw value of a field whose type the caller decides (e.g. a time as number or string). */
    JsonNode requiredNode(String field) {
        return required(field);
    }

    /** A non-empty array of objects, each handed out as its own {@code JsonFields} with an indexed path. */
    List<JsonFields> requiredObjects(String field) {
        JsonNode array = nonEmptyArray(field);
        List<JsonFields> objects = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String element = name(field) + "[" + i + "]";
            if (!array.get(i).isObject()) throw new Rejection(WRONG_TYPE, element + " must be an object");
            objects.add(new JsonFields(array.get(i), element + "."));
        }
        return objects;
    }

    /** A non-empty array of non-empty strings. */
    List<String> requiredTexts(String field) {
        JsonNode array = nonEmptyArray(field);
        List<String> texts = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String element = field + "[" + i + "]";
            texts.add(nonEmpty(element, text(element, array.get(i))));
        }
        return texts;
    }

    private JsonNode nonEmptyArray(String field) {
        JsonNode array = required(field);
        if (!array.isArray()) throw new Rejection(WRONG_TYPE, name(field) + " must be an array");
        if (array.isEmpty()) throw new Rejection(INVALID_VALUE, name(field) + " must not be empty");
        return array;
    }

    /** A rejection for a value that has the right type but is out of bounds. */
    Rejection invalid(String field, String problem) {
        return new Rejection(INVALID_VALUE, name(field) + " " + problem);
    }

    Rejection wrongType(String field, String expected) {
        return new Rejection(WRONG_TYPE, name(field) + " must be " + expected);
    }
}
