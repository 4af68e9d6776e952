package org.streamrec.engine.codec;

import static org.streamrec.engine.codec.RejectCode.DUPLICATE_FIELD;
import static org.streamrec.engine.codec.RejectCode.TOO_DEEP;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads input records as JSON trees with the shape limits applied while parsing, at no extra cost:
 * the parser counts nesting anyway, and the tree sees each field's previous value as it adds it.
 */
final class JsonInput {
    private JsonInput() {}

    /** A reader of one JSON document (trailing data is an error) nested at most {@code maxDepth} deep. */
    static ObjectReader reader(int maxDepth) {
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(new NestingLimit(maxDepth)).build();
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .nodeFactory(new UniqueFields())
                .build()
                .reader();
    }

    /** Jackson's default constraints, except the nesting depth, whose breach is a {@link RejectCode#TOO_DEEP}. */
    private static final class NestingLimit extends StreamReadConstraints {
        private static final long serialVersionUID = 1L;

        NestingLimit(int maxDepth) {
            super(maxDepth, DEFAULT_MAX_DOC_LEN, DEFAULT_MAX_NUM_LEN, DEFAULT_MAX_STRING_LEN, DEFAULT_MAX_NAME_LEN,
                    DEFAULT_MAX_TOKEN_COUNT);
        }

        @Override
        public void validateNestingDepth(int depth) {
            if (depth > _maxNestingDepth) {
                throw new Rejection(TOO_DEEP, "objects and arrays nest more than " + _maxNestingDepth
                        + " deep (ingest.maxNestingDepth)");
            }
        }
    }

    /** Objects that refuse a second value for a field, where Jackson would keep the last one. */
    private static final class UniqueFields extends JsonNodeFactory {
        private static final long serialVersionUID = 1L;

        @Override
        public ObjectNode objectNode() {
            return new ObjectNode(this) {
                private static final long serialVersionUID = 1L;

                @Override
                public JsonNode replace(String field, JsonNode value) {
                    JsonNode previous = super.replace(field, value);
                    if (previous != null) throw new Rejection(DUPLICATE_FIELD, Rejection.quote(field));
                    return null;
                }
            };
        }
    }
}
