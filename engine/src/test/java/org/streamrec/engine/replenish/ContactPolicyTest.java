package org.streamrec.engine.replenish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.streamrec.engine.replenish.Fixtures.DAY;
import static org.streamrec.engine.replenish.Fixtures.HOUR;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactPolicyTest {
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private static ContactPolicy policy(int perDay, int perWeek, int quietStart, int quietEnd) {
        return new ContactPolicy(Fixtures.reminders("maxPerDay", "" + perDay, "maxPerWeek", "" + perWeek,
                "quietHoursStart", "" + quietStart, "quietHoursEnd", "" + quietEnd));
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
}
