package org.streamrec.connectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.streamrec.config.ConfigLoader;
import org.streamrec.connectors.kafka.KafkaIO;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.engine.codec.RejectCode;
import org.streamrec.engine.contact.MessageIds;
import org.streamrec.engine.model.BusinessRule;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.Attribution;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.IngestRecord;
import org.streamrec.engine.model.IntentAlert;
import org.streamrec.engine.model.Message;
import org.streamrec.engine.model.MessageKind;
import org.streamrec.engine.model.Recommendation;
import org.streamrec.engine.model.Reminder;

/** Keeps docs/events.md true: every JSON example in it must match what the code accepts and writes. */
class EventsDocTest {
    private static final Path DOC = EventsDoc.PATH;
    private static final ObjectMapper STRICT = EventsDoc.STRICT;

    private final EventCodec codec = EventCodec.of(ConfigLoader.defaults());

    private static List<JsonNode> examples() throws IOException {
        return EventsDoc.examples();
    }

    @Test
    void everyExampleIsValidAndEveryTypeHasOne() throws IOException {
        Set<EventType> inputTypes = EnumSet.noneOf(EventType.class);
        int recommendations = 0;
        int reminders = 0;
        int deadLetters = 0;
        int attributions = 0;
        int alerts = 0;
        Set<MessageKind> messageKinds = EnumSet.noneOf(MessageKind.class);
        Set<String> ruleScopes = new HashSet<>();
        for (JsonNode example : examples()) {
            if (example.has("attributionId")) {
                Attribution a = STRICT.treeToValue(example, Attribution.class);
                assertEquals(Attribution.SCHEMA_VERSION, a.schemaVersion, "schemaVersion in the doc");
                assertEquals(a.listId + ":" + a.itemId + ":" + a.action, codec.decodeAttribution(bytes(example)).attributionId);
                attributions++;
            } else if (example.has("ruleId")) {
                ruleScopes.add(checkRule(example));
            } else if (example.has("alertId")) {
                IntentAlert a = STRICT.treeToValue(example, IntentAlert.class);
                assertEquals(IntentAlert.SCHEMA_VERSION, a.schemaVersion, "schemaVersion in the doc");
                IntentAlert decoded = codec.decodeAlert(bytes(example));
                assertEquals(IntentAlert.HIGH_INTENT, decoded.type);
                assertTrue(decoded.score >= decoded.threshold);
                double sum = decoded.contributions.stream().mapToDouble(c -> c.contribution).sum();
                assertEquals(decoded.score, sum, 0.01, "the example's contributions add up to its score");
                alerts++;
            } else if (example.has("type")) {
                inputTypes.add(checkInput(example));
            } else if (example.has("recId")) {
                Recommendation r = STRICT.treeToValue(example, Recommendation.class);
                assertEquals(Recommendation.SCHEMA_VERSION, r.schemaVersion, "schemaVersion in the doc");
                assertNotNull(codec.decodeRecommendation(bytes(example)).userId);
                recommendations++;
            } else if (example.has("reminderId")) {
                Reminder r = STRICT.treeToValue(example, Reminder.class);
                assertEquals(Reminder.SCHEMA_VERSION, r.schemaVersion, "schemaVersion in the doc");
                assertFalse(codec.decodeReminder(bytes(example)).items.isEmpty());
                reminders++;
            } else if (example.has("messageId")) {
                Message m = STRICT.treeToValue(stringKind(example), Message.class);
                assertEquals(Message.SCHEMA_VERSION, m.schemaVersion, "schemaVersion in the doc");
                Message decoded = codec.decodeMessage(bytes(example));
                assertFalse(decoded.items.isEmpty());
                assertNotNull(decoded.offer, "every example leads with an offer");
                assertEquals(MessageIds.of(decoded.userId, decoded.kind, decoded.items, decoded.triggerTime), decoded.messageId,
                        "message ids in the doc are what the engine computes");
                messageKinds.add(decoded.kind);
            } else if (example.has("headers")) {
                checkDeadLetter(example);
                deadLetters++;
            } else {
                fail("an example in " + DOC + " is none of input, recommendation, reminder, dead letter, attribution: " + example);
            }
        }
        assertEquals(EnumSet.allOf(EventType.class), inputTypes, "every input type needs an example");
        assertEquals(1, recommendations);
        assertEquals(1, reminders);
        assertEquals(1, deadLetters);
        assertEquals(1, attributions);
        assertEquals(EnumSet.complementOf(EnumSet.of(MessageKind.REMINDER)), messageKinds, "every kind of message needs an example");
        assertEquals(1, alerts);
        assertEquals(Set.of("item", "category", "campaign"), ruleScopes, "every rule scope needs an example");
    }

    /** The example with its kind as the enum's Java name, which the strict plain mapper reads. */
    private static JsonNode stringKind(JsonNode example) {
        ObjectNode copy = example.deepCopy();
        copy.put("kind", MessageKind.fromWireName(example.get("kind").textValue()).orElseThrow().name());
        return copy;
    }

    private String checkRule(JsonNode example) throws IOException {
        STRICT.treeToValue(example, BusinessRule.class);
        IngestRecord r = codec.decodeRule(bytes(example), "recs.rules", 0, 0);
        assertNull(r.deadLetter, () -> "doc rule rejected (" + r.deadLetter.reason + "): " + example);
        return r.rule.scope;
    }

    private EventType checkInput(JsonNode example) {
        Set<String> eventFields = new HashSet<>();
        for (Field f : Event.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers())) eventFields.add(f.getName());
        }
        example.fieldNames().forEachRemaining(name ->
                assertTrue(eventFields.contains(name), "the doc shows a field Event does not have: " + name));
        IngestRecord r = codec.decode(bytes(example), "recs.events", 0, 0, System.currentTimeMillis());
        assertNull(r.deadLetter, () -> "doc example rejected (" + r.deadLetter.reason + "): " + example);
        return r.event.type;
    }

    private void checkDeadLetter(JsonNode example) {
        assertTrue(example.get("key").isNull(), "dead letters have no key");
        JsonNode headers = example.get("headers");
        List<String> names = new ArrayList<>();
        headers.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of(KafkaIO.HEADER_REASON, KafkaIO.HEADER_TOPIC, KafkaIO.HEADER_PARTITION, KafkaIO.HEADER_OFFSET),
                names);
        byte[] original = example.get("value").textValue().getBytes(StandardCharsets.UTF_8);
        IngestRecord r = codec.decode(original, headers.get(KafkaIO.HEADER_TOPIC).textValue(), 1, 48213L,
                System.currentTimeMillis());
        assertNotNull(r.deadLetter, "the dead-letter example's value must really be rejected");
        assertEquals(headers.get(KafkaIO.HEADER_REASON).textValue(), r.deadLetter.reason);
    }

    @Test
    void everyReasonCodeIsDocumented() {
        String doc = EventsDoc.text();
        for (RejectCode code : RejectCode.values()) {
            assertTrue(doc.contains("| `" + code.code() + "` |"), "docs/events.md does not explain " + code.code());
        }
    }

    private static byte[] bytes(JsonNode json) {
        return EventsDoc.bytes(json);
    }
}
