package org.streamrec.connectors.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.streamrec.config.ConfigLoader;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.IngestRecord;
import org.streamrec.engine.model.OrderLine;

class TaobaoUserBehaviorReaderTest {
    /** The datasets live beside the repository (repo root/../shared); tests run in the module folder. */
    private static final Path DATASET = Path.of("..", "..", "shared", "datasets", "taobao_userbehavior_prefix");

    private static TaobaoUserBehaviorReader fixture() {
        var in = TaobaoUserBehaviorReaderTest.class.getResourceAsStream("/taobao/sample.csv");
        return new TaobaoUserBehaviorReader(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    }

    private static List<Event> all(TaobaoUserBehaviorReader reader) {
        List<Event> events = new ArrayList<>();
        reader.forEachRemaining(events::add);
        return events;
    }

    @Test
    void mapsEveryBehaviourAndSkipsTheHeader() {
        try (TaobaoUserBehaviorReader reader = fixture()) {
            List<Event> events = all(reader);
            assertEquals(List.of(EventType.VIEW, EventType.ADD_TO_CART, EventType.FAVOURITE, EventType.PURCHASE,
                    EventType.VIEW), events.stream().map(e -> e.type).toList());

            Event view = events.get(0);
            assertEquals("taobao-2", view.eventId, "line 2: the header is line 1");
            assertEquals("1", view.userId);
            assertEquals("2268318", view.itemId);
            assertEquals("2520377", view.category);
            assertEquals(1_511_544_070_000L, view.eventTime);
            assertEquals("web", view.channel);

            Event buy = events.get(3);
            assertEquals("taobao-6", buy.eventId);
            assertEquals("taobao-6", buy.orderId);
            assertEquals(List.of(new OrderLine("17", 1, 0.0)), buy.lines);
            assertNull(buy.itemId, "purchases name their items in lines");

            assertEquals("6", events.get(4).category, "a CRLF line end is not part of the data");
        }
    }

    @Test
    void countsAndSkipsMalformedLinesWithoutThrowing() {
        try (TaobaoUserBehaviorReader reader = fixture()) {
            assertEquals(5, all(reader).size());
            // empty line, unknown behaviour, 4 fields, bad timestamp, empty item id, cut-off last line
            assertEquals(6, reader.malformedLines());
            assertFalse(reader.hasNext());
            assertThrows(NoSuchElementException.class, reader::next);
        }
    }

    @Test
    void worksWithoutAHeaderLine() {
        String csv = "7,8,9,pv,1511600000\n7,8,9,buy,1511600001\n";
        try (TaobaoUserBehaviorReader reader = new TaobaoUserBehaviorReader(new BufferedReader(new StringReader(csv)))) {
            List<Event> events = all(reader);
            assertEquals(List.of("taobao-1", "taobao-2"), events.stream().map(e -> e.eventId).toList());
            assertEquals(0, reader.malformedLines());
        }
    }

    @Test
    void readerEventsLookExactlyLikeTheirWireForm() {
        EventCodec codec = EventCodec.of(ConfigLoader.defaults());
        try (TaobaoUserBehaviorReader reader = fixture()) {
            for (Event e : all(reader)) {
                IngestRecord back = codec.decode(codec.encode(e), "t", 0, 0, System.currentTimeMillis());
                assertNull(back.deadLetter, () -> back.deadLetter.reason);
                assertEquals(new String(codec.encode(e), StandardCharsets.UTF_8),
                        new String(codec.encode(back.event), StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void theRealPrefixDatasetHasTheRowsItsReadmeCounts() throws IOException {
        Path csv = DATASET.resolve("events.csv");
        assumeTrue(Files.isRegularFile(csv), "dataset not present at " + csv.toAbsolutePath() + ", skipped");
        Map<EventType, Integer> byType = new EnumMap<>(EventType.class);
        Event first;
        try (TaobaoUserBehaviorReader reader = TaobaoUserBehaviorReader.open(csv);
                Stream<Event> events = reader.stream()) {
            List<Event> all = events.toList();
            all.forEach(e -> byType.merge(e.type, 1, Integer::sum));
            first = all.get(0);
            assertEquals(0, reader.malformedLines());
            assertEquals(84_287, all.size());
        }
        // Counts from the dataset's README.
        assertEquals(75_693, byType.get(EventType.VIEW));
        assertEquals(4_494, byType.get(EventType.ADD_TO_CART));
        assertEquals(2_351, byType.get(EventType.FAVOURITE));
        assertEquals(1_749, byType.get(EventType.PURCHASE));
        String[] line2 = Files.readAllLines(csv).get(1).split(",");
        assertEquals(line2[0], first.userId);
        assertEquals(line2[1], first.itemId);
        assertEquals(Long.parseLong(line2[4]) * 1000, first.eventTime);
    }

    @Test
    void theRawPrefixFileEndsWithOneCutOffLine() throws IOException {
        Path raw = DATASET.resolve("UserBehavior_prefix.raw.csv");
        assumeTrue(Files.isRegularFile(raw), "dataset not present at " + raw.toAbsolutePath() + ", skipped");
        try (TaobaoUserBehaviorReader reader = TaobaoUserBehaviorReader.open(raw)) {
            long events = 0;
            while (reader.hasNext()) {
                reader.next();
                events++;
            }
            assertEquals(84_475, events, "84,476 lines in the README, the last one cut off");
            assertEquals(1, reader.malformedLines());
        }
    }
}
