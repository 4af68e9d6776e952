package org.streamrec.engine.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.streamrec.engine.codec.WireExamples.NOW;
import static org.streamrec.engine.codec.WireExamples.bytes;
import static org.streamrec.engine.codec.WireExamples.valid;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.streamrec.config.ConfigLoader;
import org.streamrec.engine.model.DeadLetter;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.IngestRecord;
import org.streamrec.engine.model.OrderLine;

class EventCodecDecodeTest {
    private final EventCodec codec = EventCodec.of(ConfigLoader.defaults());

    private Event accepted(byte[] payload) {
        IngestRecord r = codec.decode(payload, "recs.events", 0, 0, NOW);
        assertNull(r.deadLetter, () -> "rejected: " + r.deadLetter.reason);
        return r.event;
    }

    private Event accepted(ObjectNode o) {
        return accepted(bytes(o));
    }

    private String reason(byte[] payload) {
        IngestRecord r = codec.decode(payload, "recs.events", 0, 0, NOW);
        assertNull(r.event, "accepted but should be rejected");
        return r.deadLetter.reason;
    }

    private String reason(EventType type, Consumer<ObjectNode> breakIt) {
        ObjectNode o = valid(type);
        breakIt.accept(o);
        return reason(bytes(o));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void theMinimalExampleOfEveryTypeIsAccepted(EventType type) {
        Event e = accepted(valid(type));
        assertEquals(type, e.type);
        assertEquals("e-" + type.wireName(), e.eventId);
        assertEquals(NOW - 60_000, e.eventTime);
        assertEquals("unknown", e.channel);
    }

    @Test
    void deadLetterKeepsTheOriginalBytesAndWhereTheyCameFrom() {
        byte[] payload = utf8("{\"eventId\": \"x\"");
        IngestRecord r = codec.decode(payload, "recs.catalogue", 3, 42L, NOW);
        DeadLetter d = r.deadLetter;
        assertNull(r.event);
        assertArrayEquals(payload, d.payload);
        assertEquals("recs.catalogue", d.sourceTopic);
        assertEquals(3, d.partition);
        assertEquals(42L, d.offset);
        assertTrue(d.reason.startsWith("bad_json: "), d.reason);
    }

    @Test
    void emptyPayloads() {
        assertEquals("empty_payload", reason(null));
        assertEquals("empty_payload", reason(new byte[0]));
        assertEquals("empty_payload: only whitespace", reason(utf8(" \n\t")));
    }

    @Test
    void badJson() {
        assertTrue(reason(utf8("{\"eventId\": ")).startsWith("bad_json: "));
        assertTrue(reason(utf8("{\"a\":1} {\"b\":2}")).startsWith("bad_json: "), "trailing data");
        assertTrue(reason(utf8("{'eventId': 'x'}")).startsWith("bad_json: "), "single quotes");
    }

    @Test
    void notAnObject() {
        assertEquals("not_an_object: expected a JSON object, got array", reason(utf8("[1,2]")));
        assertEquals("not_an_object: expected a JSON object, got string", reason(utf8("\"view\"")));
        assertEquals("not_an_object: expected a JSON object, got number", reason(utf8("17")));
    }

    @Test
    void commonRequiredFields() {
        assertEquals("missing_field: eventId", reason(EventType.VIEW, o -> o.remove("eventId")));
        assertEquals("missing_field: type", reason(EventType.VIEW, o -> o.remove("type")));
        assertEquals("missing_field: eventTime", reason(EventType.VIEW, o -> o.remove("eventTime")));
        assertEquals("missing_field: userId", reason(EventType.VIEW, o -> o.remove("userId")));
        assertEquals("missing_field: userId", reason(EventType.VIEW, o -> o.putNull("userId")));
        assertEquals("invalid_value: userId must not be empty", reason(EventType.VIEW, o -> o.put("userId", " ")));
        assertEquals("wrong_type: eventId must be a string", reason(EventType.VIEW, o -> o.put("eventId", true)));
        assertEquals("wrong_type: type must be a string", reason(EventType.VIEW, o -> o.put("type", 3)));
    }

    @ParameterizedTest
    @EnumSource(value = EventType.class, names = {"VIEW", "ADD_TO_CART", "REMOVE_FROM_CART", "FAVOURITE", "RATING",
            "REVIEW", "CATALOGUE_UPDATE"})
    void itemIdIsRequiredWhereTheEventIsAboutOneItem(EventType type) {
        assertEquals("missing_field: itemId", reason(type, o -> o.remove("itemId")));
    }

    @ParameterizedTest
    @EnumSource(value = EventType.class, names = "CATALOGUE_UPDATE", mode = EnumSource.Mode.EXCLUDE)
    void userIdIsRequiredForEveryTypeButCatalogueUpdates(EventType type) {
        assertEquals("missing_field: userId", reason(type, o -> o.remove("userId")));
    }

    @Test
    void anAnonymousShoppersEventNeedsOnlyItsAnonymousIdWhichBecomesItsUserId() {
        Event e = accepted(valid(EventType.VIEW).put("anonymousId", "anon-9").putNull("userId"));
        assertEquals("anon-9", e.userId);
        assertEquals("anon-9", e.anonymousId);
        Event both = accepted(valid(EventType.VIEW).put("anonymousId", "anon-9"));
        assertEquals("u1", both.userId, "a logged-in shopper's event may name the device's anonymous id");
        assertNull(accepted(valid(EventType.VIEW).put("mergedFrom", "anon-1")).mergedFrom, "set by the engine only");
    }

    @Test
    void identifyLinksTwoDifferentIds() {
        Event e = accepted(valid(EventType.IDENTIFY));
        assertEquals("u1", e.userId);
        assertEquals("anon-1", e.anonymousId);
        assertEquals("missing_field: anonymousId", reason(EventType.IDENTIFY, o -> o.remove("anonymousId")));
        assertEquals("missing_field: userId", reason(EventType.IDENTIFY, o -> o.remove("userId")));
        assertEquals("invalid_value: anonymousId must differ from userId, or there is nothing to link",
                reason(EventType.IDENTIFY, o -> o.put("anonymousId", "u1")));
    }

    @Test
    void aServiceIncidentSaysWhatWentWrong() {
        Event e = accepted(valid(EventType.SERVICE_INCIDENT).put("orderId", 5521).put("text", "3 days late"));
        assertEquals("order_delayed", e.incident);
        assertEquals("5521", e.orderId);
        assertEquals("missing_field: incident", reason(EventType.SERVICE_INCIDENT, o -> o.remove("incident")));
    }

    @Test
    void catalogueUpdatesNeedNoUser() {
        Event e = accepted(valid(EventType.CATALOGUE_UPDATE).put("userId", "ignored"));
        assertNull(e.userId);
    }

    @Test
    void unknownType() {
        assertEquals("unknown_type: 'teleport'", reason(EventType.VIEW, o -> o.put("type", "teleport")));
        assertEquals("unknown_type: 'VIEW'", reason(EventType.VIEW, o -> o.put("type", "VIEW")));
    }

    @Test
    void eventTimeAsEpochMillisOrIsoString() {
        assertEquals(1_700_000_000_123L, accepted(valid(EventType.VIEW).put("eventTime", 1_700_000_000_123L)).eventTime);
        assertEquals(1_700_000_000_123L,
                accepted(valid(EventType.VIEW).put("eventTime", "2023-11-14T22:13:20.123Z")).eventTime);
        assertEquals(1_700_000_000_000L,
                accepted(valid(EventType.VIEW).put("eventTime", "2023-11-15T00:13:20+02:00")).eventTime);
    }

    @Test
    void badEventTimes() {
        assertEquals("wrong_type: eventTime must be epoch milliseconds (an integer) or an ISO-8601 string",
                reason(EventType.VIEW, o -> o.put("eventTime", 1.7e12)));
        assertEquals("wrong_type: eventTime must be epoch milliseconds (an integer) or an ISO-8601 string",
                reason(EventType.VIEW, o -> o.put("eventTime", false)));
        assertTrue(reason(EventType.VIEW, o -> o.put("eventTime", "yesterday"))
                .startsWith("invalid_value: eventTime 'yesterday' is not an ISO-8601 time with offset"));
        assertTrue(reason(EventType.VIEW, o -> o.put("eventTime", "2023-11-14T22:13:20"))
                .startsWith("invalid_value: eventTime '2023-11-14T22:13:20' is not"), "no offset: ambiguous");
        assertEquals("invalid_value: eventTime must not be before 2000-01-01T00:00:00Z (ingest.earliestEventTime), "
                + "got 1969-12-31T23:59:59.995Z", reason(EventType.VIEW, o -> o.put("eventTime", -5)));
    }

    @Test
    void futureTimesBeyondTheSkewAreRejected() {
        long ahead = Duration.ofDays(3).plusHours(2).plusMinutes(7).toMillis();
        assertEquals("future_time: eventTime is 3d 2h ahead of now (limit 1h)",
                reason(EventType.VIEW, o -> o.put("eventTime", NOW + ahead)));
        assertEquals(NOW + 3_600_000, accepted(valid(EventType.VIEW).put("eventTime", NOW + 3_600_000)).eventTime,
                "exactly at the limit is fine");
    }

    @Test
    void humanDurations() {
        assertEquals("800ms", EventParser.humanDuration(800));
        assertEquals("45s", EventParser.humanDuration(45_000));
        assertEquals("1m 30s", EventParser.humanDuration(90_000));
        assertEquals("2h", EventParser.humanDuration(Duration.ofHours(2).plusSeconds(5).toMillis()));
        assertEquals("1d 1h", EventParser.humanDuration(Duration.ofHours(25).toMillis()));
    }

    @Test
    void idsMayBeIntegers() {
        Event e = accepted(valid(EventType.VIEW).put("userId", 1001).put("itemId", 2_000_000_001L));
        assertEquals("1001", e.userId);
        assertEquals("2000000001", e.itemId);
        assertEquals("wrong_type: itemId must be a string", reason(EventType.VIEW, o -> o.put("itemId", 1.5)));
    }

    @Test
    void searchNeedsAQueryAndMayNameTheClickedItem() {
        assertEquals("missing_field: query", reason(EventType.SEARCH, o -> o.remove("query")));
        assertEquals("invalid_value: query must not be empty", reason(EventType.SEARCH, o -> o.put("query", "")));
        assertNull(accepted(valid(EventType.SEARCH)).itemId);
        assertEquals("i9", accepted(valid(EventType.SEARCH).put("itemId", "i9")).itemId);
    }

    @Test
    void purchaseLines() {
        assertEquals("missing_field: orderId", reason(EventType.PURCHASE, o -> o.remove("orderId")));
        assertEquals("missing_field: lines", reason(EventType.PURCHASE, o -> o.remove("lines")));
        assertEquals("invalid_value: lines must not be empty", reason(EventType.PURCHASE, o -> o.putArray("lines")));
        assertEquals("wrong_type: lines must be an array", reason(EventType.PURCHASE, o -> o.put("lines", "i1")));
        assertEquals("wrong_type: lines[1] must be an object",
                reason(EventType.PURCHASE, o -> o.withArray("lines").add("i2")));
        assertEquals("missing_field: lines[0].itemId", reason(EventType.PURCHASE, o -> line0(o).remove("itemId")));
        assertEquals("missing_field: lines[0].quantity", reason(EventType.PURCHASE, o -> line0(o).remove("quantity")));
        assertEquals("wrong_type: lines[0].quantity must be an integer",
                reason(EventType.PURCHASE, o -> line0(o).put("quantity", 1.5)));
        assertEquals("wrong_type: lines[0].quantity must be an integer",
                reason(EventType.PURCHASE, o -> line0(o).put("quantity", "2")));
        assertEquals("invalid_value: lines[0].quantity must be > 0, got 0",
                reason(EventType.PURCHASE, o -> line0(o).put("quantity", 0)));
        assertEquals("invalid_value: lines[0].quantity is out of range, got 9999999999",
                reason(EventType.PURCHASE, o -> line0(o).put("quantity", 9_999_999_999L)));
        assertEquals("missing_field: lines[0].unitPrice", reason(EventType.PURCHASE, o -> line0(o).remove("unitPrice")));
        assertEquals("wrong_type: lines[0].unitPrice must be a number",
                reason(EventType.PURCHASE, o -> line0(o).put("unitPrice", "3.50")));
        assertEquals("invalid_value: lines[0].unitPrice must be >= 0, got -1.0",
                reason(EventType.PURCHASE, o -> line0(o).put("unitPrice", -1)));

        ObjectNode two = valid(EventType.PURCHASE);
        two.withArray("lines").addObject().put("itemId", 7).put("quantity", 1).put("unitPrice", 0);
        assertEquals(List.of(new OrderLine("i1", 2, 3.5), new OrderLine("7", 1, 0.0)), accepted(two).lines);
    }

    private static ObjectNode line0(ObjectNode purchase) {
        return (ObjectNode) purchase.withArray("lines").get(0);
    }

    @ParameterizedTest
    @EnumSource(value = EventType.class, names = {"RATING", "REVIEW"})
    void ratingsAreIntegersFromOneToFive(EventType type) {
        assertEquals("missing_field: rating", reason(type, o -> o.remove("rating")));
        assertEquals("invalid_value: rating must be between 1 and 5, got 0", reason(type, o -> o.put("rating", 0)));
        assertEquals("invalid_value: rating must be between 1 and 5, got 6", reason(type, o -> o.put("rating", 6)));
        assertEquals("wrong_type: rating must be an integer", reason(type, o -> o.put("rating", 4.5)));
        assertEquals(5, accepted(valid(type).put("rating", 5)).rating);
    }

    @Test
    void reviewsNeedTextAndRatingsMayHaveIt() {
        assertEquals("missing_field: text", reason(EventType.REVIEW, o -> o.remove("text")));
        assertEquals("invalid_value: text must not be empty", reason(EventType.REVIEW, o -> o.put("text", " ")));
        assertNull(accepted(valid(EventType.RATING)).text);
        assertEquals("ok", accepted(valid(EventType.RATING).put("text", "ok")).text);
    }

    @Test
    void impressionsListTheItemsShown() {
        assertEquals(List.of("i1", "i2"), accepted(valid(EventType.IMPRESSION)).items);
        assertEquals("missing_field: items", reason(EventType.IMPRESSION, o -> o.remove("items")));
        assertEquals("invalid_value: items must not be empty", reason(EventType.IMPRESSION, o -> o.putArray("items")));
        assertEquals("wrong_type: items[2] must be a string",
                reason(EventType.IMPRESSION, o -> o.withArray("items").add(3.5)));
        assertEquals("wrong_type: items must be an array", reason(EventType.IMPRESSION, o -> o.put("items", "i1")));
    }

    @Test
    void consentNeedsABoolean() {
        assertEquals(Boolean.TRUE, accepted(valid(EventType.CONSENT)).granted);
        assertEquals("missing_field: granted", reason(EventType.CONSENT, o -> o.remove("granted")));
        assertEquals("wrong_type: granted must be true or false", reason(EventType.CONSENT, o -> o.put("granted", "yes")));
    }

    @Test
    void catalogueFields() {
        Event e = accepted(valid(EventType.CATALOGUE_UPDATE).put("price", 12.5).put("stock", 0).put("category", "tea")
                .put("brand", "Leaf").put("replenishable", true));
        assertEquals(12.5, e.price);
        assertEquals(0, e.stock);
        assertEquals("tea", e.category);
        assertEquals("Leaf", e.brand);
        assertEquals(Boolean.TRUE, e.replenishable);
        Event onlyPrice = accepted(valid(EventType.CATALOGUE_UPDATE).put("price", 3));
        assertNull(onlyPrice.stock, "fields an update does not carry stay null");
        assertEquals("invalid_value: price must be >= 0, got -1.0",
                reason(EventType.CATALOGUE_UPDATE, o -> o.put("price", -1)));
        assertEquals("invalid_value: stock must be >= 0, got -2",
                reason(EventType.CATALOGUE_UPDATE, o -> o.put("stock", -2)));
        assertEquals("wrong_type: stock must be an integer",
                reason(EventType.CATALOGUE_UPDATE, o -> o.put("stock", "many")));
        assertEquals("wrong_type: price must be a number",
                reason(EventType.CATALOGUE_UPDATE, o -> o.put("price", "9.99")));
        assertEquals("wrong_type: replenishable must be true or false",
                reason(EventType.CATALOGUE_UPDATE, o -> o.put("replenishable", 1)));
    }

    @Test
    void optionalCommonFields() {
        Event e = accepted(valid(EventType.VIEW).put("channel", "app").put("timeZone", "Europe/Berlin")
                .put("category", "tea"));
        assertEquals("app", e.channel);
        assertEquals("Europe/Berlin", e.timeZone);
        assertEquals("tea", e.category);
        assertEquals("unknown", accepted(valid(EventType.VIEW).putNull("channel")).channel);
        assertEquals("invalid_value: timeZone 'Mars/Olympus' is not an IANA time zone such as Europe/Berlin",
                reason(EventType.VIEW, o -> o.put("timeZone", "Mars/Olympus")));
        assertEquals("wrong_type: channel must be a string", reason(EventType.VIEW, o -> o.put("channel", 5)));
    }

    @Test
    void unknownFieldsAndFieldsOfOtherTypesAreIgnored() {
        ObjectNode o = valid(EventType.VIEW).put("experiment", "b").put("granted", "not a boolean").put("rating", 99);
        o.putObject("nested").put("x", 1);
        Event e = accepted(o);
        assertNull(e.granted);
        assertEquals(0, e.rating);
    }

    @Test
    void theCodecSurvivesJavaSerialisationAsFlinkShipsIt() throws Exception {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(new EventCodec(ConfigLoader.defaults().ingest(), Duration.ofMinutes(1)));
        }
        EventCodec copy;
        try (var in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (EventCodec) in.readObject();
        }
        long twoMinutes = 120_000;
        IngestRecord r = copy.decode(bytes(valid(EventType.VIEW).put("eventTime", NOW + twoMinutes)), "t", 0, 0, NOW);
        assertNotNull(r.deadLetter, "the copy keeps its 1m skew limit");
        assertEquals("future_time: eventTime is 2m ahead of now (limit 1m)", r.deadLetter.reason);
    }

    @Test
    void everyReasonStartsWithAKnownCode() {
        assertEquals(RejectCode.MISSING_FIELD,
                RejectCode.ofReason(reason(EventType.VIEW, o -> o.remove("itemId"))).orElseThrow());
        assertEquals(RejectCode.EMPTY_PAYLOAD, RejectCode.ofReason("empty_payload").orElseThrow());
        assertTrue(RejectCode.ofReason("something_else: x").isEmpty());
    }
}
