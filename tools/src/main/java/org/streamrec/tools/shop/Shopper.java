package org.streamrec.tools.shop;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * One simulated customer: habits drawn once, plus what they are currently buying again. A visitor
 * browses anonymously for a few sessions before logging in, and draws from the journeys' random stream.
 */
final class Shopper {
    private static final String[] TIME_ZONES = {
        "Europe/Berlin", "Europe/London", "America/New_York", "America/Los_Angeles", "Asia/Shanghai", "Asia/Tokyo"};

    final String userId;
    /** Where the shopper's choices come from. */
    final RandomGenerator random;
    /** Added by the journeys: numbered apart, drawn from their own random stream. */
    boolean visitor;
    /** While the visitor browses anonymously, their anonymous id; null once logged in. */
    String anonymousId;
    /** Anonymous sessions the visitor still has before logging in. */
    int anonymousSessions;
    final String timeZone;
    /** Mean number of browsing sessions per day. */
    final double sessionsPerDay;
    /** Share of sessions in the app rather than on the web. */
    private final double appShare;
    private final int[] favouriteCategories;
    /** Consumables the shopper rebuys on a cycle, with the quantity they usually take. */
    private final Map<Integer, Integer> usualQuantity = new HashMap<>();
    private final Set<Integer> onCycle = new HashSet<>();
    boolean consentAsked;

    Shopper(int index, ShopCatalogue catalogue, RandomGenerator random) {
        userId = "user-" + (index + 1);
        this.random = random;
        timeZone = TIME_ZONES[random.nextInt(TIME_ZONES.length)];
        sessionsPerDay = Math.min(3, Math.max(0.02, Math.exp(Math.log(0.3) + 0.6 * random.nextGaussian())));
        appShare = random.nextDouble();
        favouriteCategories = new int[1 + random.nextInt(3)];
        for (int i = 0; i < favouriteCategories.length; i++) {
            favouriteCategories[i] = catalogue.categoryPopularity.sample(random);
        }
    }

    /** Makes the shopper a visitor who browses as {@code anonymousId} for {@code sessions} sessions, then logs in. */
    void browseAnonymously(String anonymousId, int sessions) {
        this.visitor = true;
        this.anonymousId = anonymousId;
        this.anonymousSessions = sessions;
    }

    String channel(RandomGenerator random) {
        return random.nextDouble() < appShare ? "app" : "web";
    }

    /** Mostly one of the shopper's favourite categories, sometimes any (by popularity). */
    int category(ShopCatalogue catalogue, RandomGenerator random) {
        if (random.nextDouble() < 0.8) return favouriteCategories[random.nextInt(favouriteCategories.length)];
        return catalogue.categoryPopularity.sample(random);
    }

    /** How many units of a consumable the shopper takes; decided at the first purchase, then kept. */
    int quantityOf(int item, RandomGenerator random) {
        return usualQuantity.computeIfAbsent(item, i -> 1 + random.nextInt(3));
    }

    boolean isOnCycle(int item) {
        return onCycle.contains(item);
    }

    void startCycle(int item) {
        onCycle.add(item);
    }

    void stopCycle(int item) {
        onCycle.remove(item);
    }
}
