package org.streamrec.engine.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.streamrec.engine.codec.WireExamples.JSON;
import static org.streamrec.engine.codec.WireExamples.NOW;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.streamrec.config.ConfigLoader;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.IngestRecord;
import org.streamrec.engine.model.Offer;
import org.streamrec.engine.model.OrderLine;
import org.streamrec.engine.model.RankedItem;
import org.streamrec.engine.model.Recommendation;
import org.streamrec.engine.model.Reminder;
import org.streamrec.engine.model.ReminderItem;

class EventCodecRoundTripTest {
    private final EventCodec codec = EventCodec.of(ConfigLoader.defaults());

    /** An event of the given type with every field that applies to it set. */
    static Event full(EventType type) {
        Event e = new Event();
        e.eventId = "ev-" + type.wireName();
        e.type = type;
        e.eventTime = NOW - 5_000;
        e.channel = "app";
        if (!type.isCatalogue()) {
            e.userId = "u-7";
            e.timeZone = "Asia/Shanghai";
        }
        switch (type) {
            case VIEW, ADD_TO_CART, REMOVE_FROM_CART, FAVOURITE -> {
                e.itemId = "i-1";
                e.category = "tea";
            }
            case SEARCH -> {
                e.query = "oolong";
                e.itemId = "i-2";
                e.category = "tea";
            }
            case PURCHASE -> {
                e.orderId = "o-9";
                e.lines = List.of(new OrderLine("i-1", 3, 4.25), new OrderLine("i-2", 1, 0.0));
            }
            case RATING, REVIEW -> {
                e.itemId = "i-1";
                e.category = "tea";
                e.rating = 3;
                e.text = "fine, a bit bitter";
            }
            case IMPRESSION -> e.items = List.of("i-1", "i-2", "i-3");
            case CATALOGUE_UPDATE -> {
                e.itemId = "i-1";
                e.category = "tea";
                e.brand = "Leaf & Co";
                e.price = 12.99;
                e.stock = 40;
                e.replenishable = true;
            }
            case CONSENT -> e.granted = false;
            case FORGET_USER -> { }
            case IDENTIFY -> e.anonymousId = "anon-3";
            case SERVICE_INCIDENT -> {
                e.incident = "order_delayed";
                e.orderId = "o-9";
                e.text = "three days late";
            }
        }
        return e;
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyTypeSurvivesEncodeThenDecode(EventType type) throws Exception {
        Event original = full(type);
        IngestRecord back = codec.decode(codec.encode(original), "recs.events", 0, 0, NOW);
        assertNull(back.deadLetter, () -> back.deadLetter.reason);
        assertSameFields(original, back.event);
    }

    private static void assertSameFields(Event expected, Event actual) throws IllegalAccessException {
        for (Field f : Event.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers())) continue;
            assertEquals(f.get(expected), f.get(actual), f.getName());
        }
    }

    @Test
    void encodingUsesWireNamesAndOmitsAbsentFields() throws Exception {
        Event view = new Event();
        view.eventId = "e1";
        view.type = EventType.ADD_TO_CART;
        view.userId = "u1";
        view.itemId = "i1";
        view.eventTime = 1_700_000_000_000L;
        JsonNode json = JSON.readTree(codec.encode(view));
        assertEquals("add_to_cart", json.get("type").asText());
        assertEquals(1_700_000_000_000L, json.get("eventTime").asLong());
        List<String> names = List.copyOf(iterable(json.fieldNames()));
        assertEquals(List.of("eventId", "type", "userId", "eventTime", "itemId"), names,
                "null fields and the 0 'no rating' are left out");
    }

    private static <T> List<T> iterable(java.util.Iterator<T> it) {
        List<T> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void recommendationsRoundTripWithTheirSchemaVersion() throws Exception {
        Recommendation r = new Recommendation();
        r.recId = "r1";
        r.userId = "u1";
        r.items = List.of(new RankedItem("i1", 0.9, "bought together with i7", RankedItem.SIMILAR),
                new RankedItem("i2", 0.4, "popular", RankedItem.TRENDING));
        r.offer = new Offer();
        r.offer.itemId = "i1";
        r.offer.expectedValue = 3.2;
        r.variant = "cooc-v1";
        r.triggerEventId = "e5";
        r.eventTime = 1_700_000_000_000L;
        r.emitTime = 1_700_000_000_050L;
        byte[] wire = codec.encode(r);
        assertEquals(Recommendation.SCHEMA_VERSION, JSON.readTree(wire).get("schemaVersion").asInt());
        assertArrayEquals(wire, codec.encode(codec.decodeRecommendation(wire)));
        Recommendation back = codec.decodeRecommendation(wire);
        assertEquals("bought together with i7", back.items.get(0).reason);
        assertEquals(3.2, back.offer.expectedValue);
    }

    @Test
    void remindersRoundTrip() throws Exception {
        ReminderItem item = new ReminderItem();
        item.itemId = "diapers-4";
        item.lastPurchaseTime = 1_700_000_000_000L;
        item.lastQuantity = 3;
        item.predictedRunOut = 1_701_814_400_000L;
        item.confidence = 0.7;
        item.reason = "you buy this every 7 days";
        Reminder r = new Reminder();
        r.reminderId = "rem-1";
        r.userId = "u1";
        r.items = List.of(item);
        r.dueTime = 1_701_800_000_000L;
        byte[] wire = codec.encode(r);
        assertArrayEquals(wire, codec.encode(codec.decodeReminder(wire)));
        assertEquals(Reminder.SCHEMA_VERSION, JSON.readTree(wire).get("schemaVersion").asInt());
        assertEquals(3, codec.decodeReminder(wire).items.get(0).lastQuantity);
    }

    @Test
    void outputDecodersIgnoreNewFieldsButRejectGarbage() {
        byte[] newer = "{\"schemaVersion\":1,\"recId\":\"r\",\"userId\":\"u\",\"addedLater\":[1,2]}"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals("u", codec.decodeRecommendation(newer).userId);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> codec.decodeReminder("{\"userId\":".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("not a valid reminder: "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }
}
