package org.streamrec.engine.codec;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.streamrec.engine.model.EventType;

/** A minimal valid wire object of each event type, for tests to break one field at a time. */
final class WireExamples {
    static final ObjectMapper JSON = new ObjectMapper();
    static final long NOW = 1_740_000_000_000L;

    private WireExamples() {}

    static ObjectNode valid(EventType type) {
        ObjectNode o = JSON.createObjectNode()
                .put("eventId", "e-" + type.wireName())
                .put("type", type.wireName())
                .put("eventTime", NOW - 60_000);
        if (!type.isCatalogue()) o.put("userId", "u1");
        switch (type) {
            case VIEW, ADD_TO_CART, REMOVE_FROM_CART, FAVOURITE -> o.put("itemId", "i1");
            case SEARCH -> o.put("query", "green tea");
            case PURCHASE -> {
                o.put("orderId", "o1");
                o.putArray("lines").addObject().put("itemId", "i1").put("quantity", 2).put("unitPrice", 3.5);
            }
            case RATING -> o.put("itemId", "i1").put("rating", 4);
            case REVIEW -> o.put("itemId", "i1").put("rating", 2).put("text", "too sweet");
            case IMPRESSION -> o.putArray("items").add("i1").add("i2");
            case CATALOGUE_UPDATE -> o.put("itemId", "i1");
            case CONSENT -> o.put("granted", true);
            case FORGET_USER -> { }
            case SERVICE_INCIDENT -> o.put("incident", "order_delayed");
            case IDENTIFY -> o.put("anonymousId", "anon-1");
        }
        return o;
    }

    static byte[] bytes(ObjectNode o) {
        return o.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
