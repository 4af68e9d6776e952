package org.streamrec.tools.upgrade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.OrderLine;
import org.streamrec.engine.model.Recommendation;
import org.streamrec.tools.faults.PastItemShown;
import org.streamrec.tools.kafka.TestEvents;

/**
 * A small shop whose past must survive an upgrade, in two parts: what happens before the job is
 * stopped with a savepoint and what happens after the next build starts from it. Ids and times are
 * fixed, so a savepoint written from the first part by one build (the fixture) goes on with the
 * second part in another.
 *
 * <p>Three parents buy a can of formula a week (it is replenishable) and view A then B, so A and B
 * are often chosen together; their reminders fall due before the stop. Mum buys three cans on day
 * 20: her reminder falls due on day 39, after the stop. Alice views A and buys C. After the restore
 * a newcomer and Alice view D (new to both), and a passer-by on day 50 takes event time past mum's
 * due time.
 */
final class UpgradeScenario {
    static final long DAY = 86_400_000L;
    static final List<String> PARENTS = List.of("p1", "p2", "p3");
    static final String MUM = "mum";
    static final String ALICE = "alice";
    static final String NEWCOMER = "newcomer";
    /** What Alice did before the stop, one of which her first list after it must offer (C) or name as the reason (A). */
    static final List<String> ALICES_PAST = List.of("A", "C");

    /** How long to wait after the last awaited output for any that should not come. */
    private static final long SETTLE_MILLIS = 2_000;

    private UpgradeScenario() {}

    /**
     * The engine settings of both builds: one instance (the savepoint's source position is one
     * split), and reminders for a first purchase of an item most buyers buy again.
     */
    static Map<String, String> settings(String checkpointDir) {
        return Map.of(
                "runtime.parallelism", "1",
                "runtime.checkpointDir", checkpointDir,
                "reminders.minConfidence", "0.3",
                "reminders.priorStrength", "2");
    }

    static List<Event> beforeStop() {
        Script s = new Script("before");
        for (String item : List.of("A", "B", "C", "D")) s.catalogue(item, "home", 0);
        s.catalogue("formula", "baby", 0).replenishable = true;
        for (int week = 0; week < 3; week++) {
            for (String parent : PARENTS) s.buy(parent, "formula", 1, 7 * week);
        }
        for (String parent : PARENTS) {
            s.view(parent, "A", 15);
            s.view(parent, "B", 15);
        }
        s.buy(MUM, "formula", 3, 20);
        s.view(ALICE, "A", 21);
        s.buy(ALICE, "C", 1, 22);
        return s.events;
    }

    static List<Event> afterRestore() {
        Script s = new Script("after");
        s.view(NEWCOMER, "D", 23);
        s.view(ALICE, "D", 23);
        s.view("passer-by", "B", 50);
        return s.events;
    }

    /** What the first build must have done before it is stopped: every list, the parents' reminders (two each), none for mum yet. */
    static void awaitBeforeStop(UpgradeRun run) throws Exception {
        run.awaitListsFor(beforeStop());
        run.awaitRemindersFor(PARENTS);
        Thread.sleep(SETTLE_MILLIS); // their later reminders come with the first
        assertEquals(Set.copyOf(PARENTS), Set.copyOf(run.remindedUsers()), "reminded before the stop");
        assertEquals(List.of(), run.deadLetters.collected());
    }

    /**
     * What a build restored from the stopped one's savepoint must do: a list for each event after the
     * restore and for none before it (the source went on where it stopped); Alice's first list shows
     * what she did before the stop, the newcomer's (same event) does not; mum's pending reminder is
     * sent, once, and no parent is reminded again.
     */
    static void assertRestored(UpgradeRun run) throws Exception {
        run.awaitListsFor(afterRestore());
        run.awaitRemindersFor(List.of(MUM));
        Thread.sleep(SETTLE_MILLIS); // a reminder sent twice would come with the first
        Set<String> after = afterRestore().stream().filter(e -> e.type.isInteraction()).map(e -> e.eventId).collect(Collectors.toSet());
        assertEquals(after, run.answered(), "lists after the restore: one set per event after it, none replayed");
        assertEquals(List.of(MUM), run.remindedUsers(), "reminders after the restore");

        Recommendation alices = run.listsOf(ALICE).get(0);
        Recommendation newcomers = run.listsOf(NEWCOMER).get(0);
        System.out.printf("after the restore: alice %s, newcomer %s%n", describe(alices), describe(newcomers));
        assertTrue(alices.items.stream().map(PastItemShown::of).filter(Objects::nonNull).anyMatch(ALICES_PAST::contains),
                "Alice's first list after the restore forgot her past " + ALICES_PAST + ": " + describe(alices));
        assertTrue(newcomers.items.stream().map(PastItemShown::of).filter(Objects::nonNull).noneMatch(ALICES_PAST::contains),
                "the newcomer's list shows Alice's past: " + describe(newcomers));
        assertEquals(List.of(), run.deadLetters.collected());
    }

    private static String describe(Recommendation list) {
        return list.items.stream().map(i -> i.itemId + " (" + i.source + ": " + i.reason + ")").toList().toString();
    }

    /** Events with ids {@code <part>-<n>} and times in days from {@link TestEvents#START}, a second apart within a day. */
    private static final class Script {
        private final String part;
        private final List<Event> events = new ArrayList<>();

        Script(String part) {
            this.part = part;
        }

        private Event add(EventType type, String user, String item, double day) {
            Event e = new Event();
            e.eventId = part + "-" + (events.size() + 1);
            e.type = type;
            e.userId = user;
            e.itemId = item;
            e.eventTime = TestEvents.START + Math.round(day * DAY) + events.size() * 1000L;
            e.channel = "web";
            events.add(e);
            return e;
        }

        Event catalogue(String item, String category, double day) {
            Event e = add(EventType.CATALOGUE_UPDATE, null, item, day);
            e.category = category;
            e.price = 20.0;
            e.stock = 100;
            return e;
        }

        void view(String user, String item, double day) {
            add(EventType.VIEW, user, item, day);
        }

        void buy(String user, String item, int quantity, double day) {
            Event e = add(EventType.PURCHASE, user, null, day);
            e.orderId = "o-" + e.eventId;
            e.lines = List.of(new OrderLine(item, quantity, 20.0));
        }
    }
}
