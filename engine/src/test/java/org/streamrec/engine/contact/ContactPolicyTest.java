package org.streamrec.engine.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.streamrec.config.ConfigLoader;
import org.streamrec.engine.contact.ContactPolicy.Release;
import org.streamrec.engine.model.MessageKind;

class ContactPolicyTest {
    private static final long HOUR = 3_600_000L;
    private static final long DAY = 24 * HOUR;
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private static ContactPolicy policy(int perDay, int perWeek, int quietStart, int quietEnd, String... more) {
        Map<String, String> keys = new HashMap<>(Map.of("contact.maxPerDay", "" + perDay, "contact.maxPerWeek", "" + perWeek,
                "contact.quietHoursStart", "" + quietStart, "contact.quietHoursEnd", "" + quietEnd));
        for (int i = 0; i < more.length; i += 2) keys.put("contact." + more[i], more[i + 1]);
        return new ContactPolicy(ConfigLoader.load(null, keys).contact());
    }

    private static ContactLedger sent(MessageKind kind, long... times) {
        ContactLedger ledger = new ContactLedger();
        for (long t : times) ledger.sent(kind, t);
        return ledger;
    }

    private static long at(String isoInstant) {
        return Instant.parse(isoInstant).toEpochMilli();
    }

    @Test
    void nothingSentAndDaytimeMeansNow() {
        long noon = at("2024-03-04T12:00:00Z");
        assertEquals(noon, policy(1, 2, 21, 8).earliestSendTime(noon, List.of(), UTC));
    }

    @Test
    void theDailyCapWaitsUntilTheOldestCountedSendIsADayOld() {
        ContactPolicy p = policy(2, 10, 0, 0);
        long t = at("2024-03-04T15:00:00Z");
        List<Long> sent = List.of(t - 2 * HOUR, t - 5 * HOUR, t - 30 * HOUR);
        assertEquals(t - 5 * HOUR + DAY, p.earliestSendTime(t, sent, UTC));
        assertEquals(t, p.earliestSendTime(t, List.of(t - 2 * HOUR, t - 30 * HOUR), UTC));
    }

    @Test
    void theWeeklyCapCountsARolling7Days() {
        ContactPolicy p = policy(1, 2, 0, 0);
        long t = at("2024-03-08T12:00:00Z");
        List<Long> sent = List.of(t - 4 * DAY, t - 2 * DAY);
        assertEquals(t + 3 * DAY, p.earliestSendTime(t, sent, UTC));
        assertEquals(List.of(t - 2 * DAY), ContactPolicy.stillCounting(List.of(t - 7 * DAY, t - 2 * DAY), t));
    }

    @Test
    void quietHoursAreInTheUsersZoneAndWrapPastMidnight() {
        ContactPolicy p = policy(5, 10, 21, 8);
        long lateEveningInParis = ZonedDateTime.of(2024, 3, 4, 22, 30, 0, 0, PARIS).toInstant().toEpochMilli();
        long nextMorningInParis = ZonedDateTime.of(2024, 3, 5, 8, 0, 0, 0, PARIS).toInstant().toEpochMilli();
        assertEquals(nextMorningInParis, p.earliestSendTime(lateEveningInParis, List.of(), PARIS));
        long earlyMorningInParis = ZonedDateTime.of(2024, 3, 5, 6, 0, 0, 0, PARIS).toInstant().toEpochMilli();
        assertEquals(nextMorningInParis, p.earliestSendTime(earlyMorningInParis, List.of(), PARIS));
        // 22:30 in Paris is 06:30 in Tokyo: quiet there too, until 08:00 Tokyo time the same day.
        long eightInTokyo = ZonedDateTime.of(2024, 3, 5, 8, 0, 0, 0, TOKYO).toInstant().toEpochMilli();
        assertEquals(eightInTokyo, p.earliestSendTime(lateEveningInParis, List.of(), TOKYO));
        long noonInParis = ZonedDateTime.of(2024, 3, 5, 12, 0, 0, 0, PARIS).toInstant().toEpochMilli();
        assertEquals(noonInParis, p.earliestSendTime(noonInParis, List.of(), PARIS));
    }

    @Test
    void quietHoursWithinOneDayAndDisabledWhenEqual() {
        long threeAm = at("2024-03-04T03:00:00Z");
        assertEquals(at("2024-03-04T06:00:00Z"), policy(1, 2, 1, 6).earliestSendTime(threeAm, List.of(), UTC));
        assertEquals(threeAm, policy(1, 2, 7, 7).earliestSendTime(threeAm, List.of(), UTC));
    }

    @Test
    void aCapReleaseThatFallsInQuietHoursWaitsForTheirEnd() {
        ContactPolicy p = policy(1, 5, 21, 8);
        long sent = at("2024-03-04T22:00:00Z") - DAY;
        assertEquals(at("2024-03-05T08:00:00Z"), p.earliestSendTime(at("2024-03-04T12:00:00Z"), List.of(sent), UTC));
    }

    @Test
    void aCoolDownHoldsOnlyItsOwnKind() {
        ContactPolicy p = policy(5, 10, 0, 0, "coolDown.priceDrop", "2d", "coolDown.abandonedCart", "0ms");
        long t = at("2024-03-04T12:00:00Z");
        ContactLedger ledger = sent(MessageKind.PRICE_DROP, t - DAY);
        assertEquals(new Release(t + DAY, SuppressReason.COOLDOWN), p.release(MessageKind.PRICE_DROP, t, ledger));
        assertEquals(new Release(t, null), p.release(MessageKind.ABANDONED_CART, t, ledger));
    }

    @Test
    void capsCountEveryKindAndTheReleaseNamesWhatHoldsItLongest() {
        ContactPolicy p = policy(1, 3, 21, 8, "coolDown.priceDrop", "3d");
        long t = at("2024-03-04T12:00:00Z");
        ContactLedger ledger = sent(MessageKind.REMINDER, t - HOUR);
        assertEquals(new Release(t - HOUR + DAY, SuppressReason.CAP), p.release(MessageKind.ABANDONED_CART, t, ledger),
                "a reminder an hour ago uses up the day for every kind");
        ledger.sent(MessageKind.PRICE_DROP, t - 2 * HOUR);
        assertEquals(SuppressReason.COOLDOWN, p.release(MessageKind.PRICE_DROP, t, ledger).heldBy());
        long night = at("2024-03-04T23:00:00Z");
        assertEquals(new Release(at("2024-03-05T08:00:00Z"), SuppressReason.QUIET_HOURS),
                p.release(MessageKind.BACK_IN_STOCK, night, new ContactLedger()));
    }

    @Test
    void consentAsTheLatestAnswerSaysOrOnlyAfterAYes() {
        ContactLedger ledger = new ContactLedger();
        ContactPolicy optOut = policy(1, 3, 21, 8);
        ContactPolicy optIn = policy(1, 3, 21, 8, "requireExplicitConsent", "true");
        assertTrue(optOut.mayContact(ledger));
        assertFalse(optIn.mayContact(ledger));
        ledger.consent = true;
        assertTrue(optIn.mayContact(ledger));
        ledger.consent = false;
        assertFalse(optOut.mayContact(ledger));
    }

    @Test
    void theLedgerKeepsOnlySendsThatStillCount() {
        long t = at("2024-03-20T12:00:00Z");
        ContactLedger ledger = sent(MessageKind.REMINDER, t - 10 * DAY, t - 3 * DAY);
        ledger.sent(MessageKind.PRICE_DROP, t);
        assertEquals(List.of(t - 3 * DAY, t), ledger.sentTimes);
        assertEquals(t - 3 * DAY, ledger.lastSent.get(MessageKind.REMINDER));
        ContactPolicy.learnZone(ledger, "Not/AZone");
        assertNull(ledger.timeZone);
        ContactPolicy.learnZone(ledger, "Asia/Tokyo");
        assertEquals(TOKYO, policy(1, 3, 21, 8).zone(ledger));
    }
}
