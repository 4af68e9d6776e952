package org.streamrec.engine.replenish;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.streamrec.config.ConfigLoader;
import org.streamrec.config.EngineConfig;

/** Shared builders for the replenishment tests. */
final class Fixtures {
    static final long HOUR = 3_600_000L;
    static final long DAY = 24 * HOUR;
    /** A Monday, 10:00 UTC: outside the quiet hours the tests configure. */
    static final long T0 = Instant.parse("2024-03-04T10:00:00Z").toEpochMilli();

    private Fixtures() {}

    /** The reminder and contact settings the lifecycle and operator tests rely on, whatever the defaults become. */
    private static final String[] LIFECYCLE = {
            "leadTime", "2d", "mergeWindow", "1d", "maxPerDay", "1", "maxPerWeek", "3",
            "quietHoursStart", "21", "quietHoursEnd", "8", "defaultTimeZone", "UTC", "expireAfter", "5d",
            "minConfidence", "0.3", "repeatRateThreshold", "0.2", "priorStrength", "2",
            "maxItemsPerUser", "10", "requireExplicitConsent", "false"};
    /** Keys of the shared contact policy ({@code contact.}); every other key here is a {@code reminders.} one. */
    private static final Set<String> CONTACT_KEYS = Set.of(
            "maxPerDay", "maxPerWeek", "quietHoursStart", "quietHoursEnd", "defaultTimeZone", "requireExplicitConsent");

    /** The lifecycle test settings, then the given keys (of reminders or of the contact policy) overridden. */
    static EngineConfig lifecycle(String... overrides) {
        String[] all = new String[LIFECYCLE.length + overrides.length];
        System.arraycopy(LIFECYCLE, 0, all, 0, LIFECYCLE.length);
        System.arraycopy(overrides, 0, all, LIFECYCLE.length, overrides.length);
        return config(all);
    }

    /** The documented defaults with the given keys (of reminders or of the contact policy) overridden. */
    static EngineConfig config(String... keyValues) {
        Map<String, String> overrides = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            String section = CONTACT_KEYS.contains(keyValues[i]) ? "contact." : "reminders.";
            overrides.put(section + keyValues[i], keyValues[i + 1]);
        }
        return ConfigLoader.load(null, overrides);
    }

    /** ln of a duration given in days, as the model keeps intervals. */
    static double lnDays(double days) {
        return Math.log(days * DAY);
    }

    /** Item-level statistics: {@code buyers} buyers of whom {@code rebuyers} came back, and intervals of {@code unitDays} each. */
    static CycleStats stats(long buyers, long rebuyers, long intervals, double unitDays) {
        CycleStats s = new CycleStats();
        s.buyers = buyers;
        s.rebuyers = rebuyers;
        s.intervals = intervals;
        s.logIntervalSum = intervals == 0 ? 0 : intervals * lnDays(unitDays);
        return s;
    }

    /** An observation of the user's {@code userPurchases}-th purchase, with own intervals of {@code unitDays} each. */
    static PurchaseObservation observation(String user, String item, long time, int quantity,
                                           int userPurchases, double unitDays, CycleStats itemStats) {
        PurchaseObservation o = new PurchaseObservation();
        o.userId = user;
        o.itemId = item;
        o.purchaseTime = time;
        o.quantity = quantity;
        o.userPurchases = userPurchases;
        o.logUnitInterval = userPurchases > 1 ? lnDays(unitDays) : 0;
        o.userLogIntervalSum = userPurchases > 1 ? (userPurchases - 1) * lnDays(unitDays) : 0;
        o.itemStats = itemStats;
        return o;
    }
}
