package org.streamrec.engine.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.streamrec.config.ConfigLoader;
import org.streamrec.config.EngineConfig;
import org.streamrec.engine.model.Message;
import org.streamrec.engine.model.MessageKind;
import org.streamrec.engine.model.Reminder;
import org.streamrec.engine.replenish.CycleStats;
import org.streamrec.engine.replenish.PurchaseObservation;
import org.streamrec.engine.replenish.ReminderTransition;

/** Triggered offers through the contact step, alone and beside reminders. */
class ContactDeskTest {
    private static final long HOUR = 3_600_000L;
    private static final long DAY = 24 * HOUR;
    /** A Monday, 10:00 UTC. */
    private static final long T0 = Instant.parse("2024-03-04T10:00:00Z").toEpochMilli();

    private final ContactBook book = new ContactBook();
    private final List<Message> sent = new ArrayList<>();
    private final List<Reminder> reminders = new ArrayList<>();
    private final List<String> suppressed = new ArrayList<>();
    private final Map<MessageKind, Integer> sentCount = new HashMap<>();
    private final ContactLog log = new ContactLog() {
        @Override
        public void sent(MessageKind kind) {
            sentCount.merge(kind, 1, Integer::sum);
        }

        @Override
        public void suppressed(MessageKind kind, SuppressReason reason) {
            suppressed.add(kind.wireName() + ":" + reason.label());
        }

        @Override
        public void reminder(ReminderTransition transition) {}
    };

    private static ContactDesk desk(String... contactKeys) {
        Map<String, String> keys = new HashMap<>(Map.of("contact.maxPerDay", "1", "contact.maxPerWeek", "3",
                "contact.quietHoursStart", "21", "contact.quietHoursEnd", "8", "contact.defaultTimeZone", "UTC",
                "contact.maxDelay", "1d", "reminders.leadTime", "2d", "reminders.minConfidence", "0.3"));
        for (int i = 0; i < contactKeys.length; i += 2) keys.put("contact." + contactKeys[i], contactKeys[i + 1]);
        EngineConfig config = ConfigLoader.load(null, keys);
        return new ContactDesk(config.contact(), config.reminders());
    }

    private static Message offer(MessageKind kind, long time, String... items) {
        Message m = new Message();
        m.userId = "ann";
        m.kind = kind;
        m.items = List.of(items);
        m.triggerEventId = kind.wireName() + "@" + time;
        m.triggerTime = time;
        return m;
    }

    /** As the operator does: the offer at its time, then the desk's own wake-ups until {@code until}. */
    private void fire(ContactDesk desk, Message m, String zone) {
        desk.onTriggered(book, m, zone, log);
        desk.onTime(book, "ann", m.triggerTime, reminders::add, sent::add, log);
    }

    private void runUntil(ContactDesk desk, long from, long until) {
        long now = from;
        while (true) {
            desk.onTime(book, "ann", now, reminders::add, sent::add, log);
            OptionalLong next = desk.nextWakeUp(book, now);
            if (next.isEmpty() || next.getAsLong() > until) return;
            now = next.getAsLong();
        }
    }

    private static PurchaseObservation purchase(String item, long time) {
        PurchaseObservation o = new PurchaseObservation();
        o.userId = "ann";
        o.itemId = item;
        o.purchaseTime = time;
        o.quantity = 1;
        o.userPurchases = 1;
        o.itemStats = new CycleStats();
        return o;
    }

    @Test
    void anOfferGoesOutWhenItFiresWithADeterministicId() {
        ContactDesk desk = desk();
        fire(desk, offer(MessageKind.ABANDONED_CART, T0, "sku-1", "sku-2"), null);
        assertEquals(1, sent.size());
        Message m = sent.get(0);
        assertEquals(T0, m.sendTime);
        assertEquals(MessageIds.of("ann", MessageKind.ABANDONED_CART, List.of("sku-1", "sku-2"), T0), m.messageId);
        assertNotNull(m.messageId);
        assertEquals(Map.of(MessageKind.ABANDONED_CART, 1), sentCount);
    }

    @Test
    void theCapsCountEveryKindAndAnOfferHeldTooLongIsDropped() {
        ContactDesk desk = desk("maxPerDay", "1", "maxPerWeek", "2");
        fire(desk, offer(MessageKind.PRICE_DROP, T0, "sku-1"), null);
        fire(desk, offer(MessageKind.BACK_IN_STOCK, T0 + HOUR, "sku-2"), null);
        assertEquals(1, book.pending.size(), "held: the day's one message went out an hour ago");
        runUntil(desk, T0 + HOUR, T0 + 3 * DAY);
        assertEquals(List.of(T0, T0 + DAY), sent.stream().map(m -> m.sendTime).toList(),
                "back in stock goes out when the price drop is a day old, within its day of delay");

        fire(desk, offer(MessageKind.ABANDONED_CART, T0 + DAY + HOUR, "sku-3"), null);
        runUntil(desk, T0 + DAY + HOUR, T0 + 5 * DAY);
        assertEquals(2, sent.size());
        assertEquals(List.of("abandoned_cart:cap"), suppressed, "the week's two messages are out: past contact.maxDelay");
    }

    @Test
    void quietHoursInTheShoppersZoneHoldAnOfferUntilMorning() {
        ContactDesk desk = desk();
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        long lateEvening = ZonedDateTime.of(2024, 3, 4, 22, 30, 0, 0, tokyo).toInstant().toEpochMilli();
        fire(desk, offer(MessageKind.PRICE_DROP, lateEvening, "sku-1"), "Asia/Tokyo");
        assertTrue(sent.isEmpty());
        runUntil(desk, lateEvening, lateEvening + 2 * DAY);
        assertEquals(ZonedDateTime.of(2024, 3, 5, 8, 0, 0, 0, tokyo).toInstant().toEpochMilli(), sent.get(0).sendTime);
    }

    @Test
    void aCoolDownDropsAnOfferOfTheSameKindButNotOthers() {
        ContactDesk desk = desk("maxPerDay", "5", "maxPerWeek", "10", "coolDown.priceDrop", "2d");
        fire(desk, offer(MessageKind.PRICE_DROP, T0, "sku-1"), null);
        fire(desk, offer(MessageKind.PRICE_DROP, T0 + HOUR, "sku-2"), null);
        fire(desk, offer(MessageKind.ABANDONED_CART, T0 + 2 * HOUR, "sku-3"), null);
        runUntil(desk, T0 + 2 * HOUR, T0 + 5 * DAY);
        assertEquals(List.of(MessageKind.PRICE_DROP, MessageKind.ABANDONED_CART), sent.stream().map(m -> m.kind).toList());
        assertEquals(List.of("price_drop:cooldown"), suppressed);
    }

    @Test
    void withoutConsentNothingGoesOutAndWithdrawingItDropsWhatWaits() {
        ContactDesk optIn = desk("requireExplicitConsent", "true");
        fire(optIn, offer(MessageKind.ABANDONED_CART, T0, "sku-1"), null);
        assertEquals(List.of("abandoned_cart:consent"), suppressed);

        ContactDesk desk = desk();
        fire(desk, offer(MessageKind.PRICE_DROP, T0, "sku-1"), null);
        fire(desk, offer(MessageKind.BACK_IN_STOCK, T0 + HOUR, "sku-2"), null);
        desk.onConsent(book, false, log);
        runUntil(desk, T0 + HOUR, T0 + 5 * DAY);
        assertEquals(1, sent.size());
        assertEquals(List.of("abandoned_cart:consent", "back_in_stock:consent"), suppressed);
        fire(desk, offer(MessageKind.PRICE_DROP, T0 + 3 * DAY, "sku-3"), null);
        assertEquals(1, sent.size());
    }

    @Test
    void buyingAnItemFirstCancelsTheOffersAboutItButNotAnApology() {
        ContactDesk desk = desk();
        fire(desk, offer(MessageKind.PRICE_DROP, T0, "sku-0"), null);
        fire(desk, offer(MessageKind.ABANDONED_CART, T0 + HOUR, "sku-1", "sku-2"), null);
        fire(desk, offer(MessageKind.SERVICE_INCIDENT, T0 + HOUR, "sku-2"), null);
        desk.onPurchase(book, purchase("sku-2", T0 + 2 * HOUR), log);
        runUntil(desk, T0 + 2 * HOUR, T0 + 5 * DAY);
        assertEquals(List.of(MessageKind.PRICE_DROP, MessageKind.SERVICE_INCIDENT), sent.stream().map(m -> m.kind).toList());
        assertEquals(List.of("abandoned_cart:cancelled"), suppressed);
    }

    @Test
    void offersDueTogetherGoInTheOrderTheyFiredThenByKind() {
        ContactDesk desk = desk("maxPerDay", "1", "maxPerWeek", "3", "maxDelay", "3d");
        long night = Instant.parse("2024-03-04T23:00:00Z").toEpochMilli();
        fire(desk, offer(MessageKind.BACK_IN_STOCK, night + HOUR, "sku-2"), null);
        fire(desk, offer(MessageKind.PRICE_DROP, night + HOUR, "sku-1"), null);
        fire(desk, offer(MessageKind.ABANDONED_CART, night + 2 * HOUR, "sku-3"), null);
        runUntil(desk, night + 2 * HOUR, night + 5 * DAY);
        assertEquals(List.of(MessageKind.PRICE_DROP, MessageKind.BACK_IN_STOCK, MessageKind.ABANDONED_CART),
                sent.stream().map(m -> m.kind).toList());
        long eight = Instant.parse("2024-03-05T08:00:00Z").toEpochMilli();
        assertEquals(List.of(eight, eight + DAY, eight + 2 * DAY), sent.stream().map(m -> m.sendTime).toList());
    }
}
