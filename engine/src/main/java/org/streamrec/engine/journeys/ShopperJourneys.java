package org.streamrec.engine.journeys;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.streamrec.config.ActionWeights;
import org.streamrec.config.Durations;
import org.streamrec.config.ProfileConfig;
import org.streamrec.config.TriggerConfig;
import org.streamrec.engine.messages.ItemInterest;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.Message;
import org.streamrec.engine.model.MessageKind;
import org.streamrec.engine.model.OrderLine;
import org.streamrec.engine.messages.InterestKind;

/**
 * The user side of the journeys, one shopper at a time, from the few events it needs (carts,
 * favourites, purchases, incidents, and repeated views as {@link ItemInterest}s):
 * <ul>
 *   <li>abandoned cart: items in the cart and no purchase within {@code triggers.abandonedCart.after}
 *       of the last add_to_cart fire one offer; a purchase or an emptied cart cancels it;</li>
 *   <li>service incident: an apology whose offer is chosen among the shopper's strongest items;</li>
 *   <li>the interests that the item side watches for price drops and restocks, and their ends (a
 *       purchase, or the item forgotten here, so that forget_user reaches every item watching the shopper).</li>
 * </ul>
 * An anonymous shopper (known only by an anonymous id) cannot be written to: their journey fires no
 * offer and watches no item; at login their history is replayed to the customer's journey.
 *
 * <p>The caller owns the time: it calls {@link #onTime} at every moment {@link #nextWakeUp} names and
 * after every input, with non-decreasing times.
 */
public final class ShopperJourneys {
    private static final Comparator<Map.Entry<String, Long>> NEWEST_FIRST =
            Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed().thenComparing(Map.Entry::getKey);

    private static final Consumer<ItemInterest> IGNORE = interest -> { };

    private final long cartAfter;
    private final int cartItems;
    private final int offerItems;
    private final int maxItems;
    private final long forgetAfter;
    private final ActionWeights weights;
    private final long halfLife;

    public ShopperJourneys(TriggerConfig triggers, ProfileConfig profile) {
        this.cartAfter = triggers.abandonedCart().after().toMillis();
        this.cartItems = triggers.abandonedCart().maxItems();
        this.offerItems = triggers.serviceIncident().offerItems();
        this.maxItems = triggers.maxItemsPerUser();
        this.forgetAfter = triggers.forgetAfter().toMillis();
        this.weights = profile.actionWeights();
        this.halfLife = profile.affinityHalfLife().toMillis();
    }

    /** The event types the user side reads; every other event passes it by. */
    public static boolean reads(EventType type) {
        return switch (type) {
            case ADD_TO_CART, REMOVE_FROM_CART, FAVOURITE, PURCHASE, SERVICE_INCIDENT, FORGET_USER -> true;
            default -> false;
        };
    }

    /** One of the shopper's events, at its time. */
    public void onEvent(ShopperJourney j, Event e, Consumer<ItemInterest> watch, Consumer<Message> offer) {
        if (Event.byAnonymousShopper(e)) j.anonymous = true;
        if (j.anonymous) {
            record(j, e, IGNORE, nothing -> { });
        } else {
            record(j, e, watch, offer);
        }
    }

    private void record(ShopperJourney j, Event e, Consumer<ItemInterest> watch, Consumer<Message> offer) {
        long t = e.eventTime;
        j.lastSeen = Math.max(j.lastSeen, t);
        if (e.timeZone != null) j.timeZone = e.timeZone;
        switch (e.type) {
            case ADD_TO_CART -> {
                j.cart.put(e.itemId, t);
                j.cartDue = t + cartAfter;
                j.cartEventId = e.eventId;
                interest(j, e.userId, e.itemId, InterestKind.CARTED, t, weights.addToCart(), watch);
            }
            case REMOVE_FROM_CART -> {
                j.cart.remove(e.itemId);
                if (j.cart.isEmpty()) j.cartDue = 0;
                like(j, e.itemId, t, weights.removeFromCart());
            }
            case FAVOURITE -> interest(j, e.userId, e.itemId, InterestKind.FAVOURITED, t, weights.favourite(), watch);
            case PURCHASE -> {
                j.cartDue = 0;
                for (OrderLine line : e.lines) {
                    j.cart.remove(line.itemId);
                    interest(j, e.userId, line.itemId, InterestKind.BOUGHT, t, weights.purchase(), watch);
                }
            }
            case SERVICE_INCIDENT -> offer.accept(apology(j, e));
            default -> { }
        }
        keepAtMost(j, maxItems, e.userId, t, watch);
    }

    /** An interest from elsewhere (repeated views, from the user profile): remembered, and passed to the item's watchers. */
    public void onInterest(ShopperJourney j, ItemInterest in, Consumer<ItemInterest> watch) {
        j.lastSeen = Math.max(j.lastSeen, in.time);
        if (in.timeZone != null) j.timeZone = in.timeZone;
        if (in.anonymous) j.anonymous = true;
        Consumer<ItemInterest> w = j.anonymous ? IGNORE : watch;
        interest(j, in.userId, in.itemId, in.kind, in.time, weights.view(), w);
        keepAtMost(j, maxItems, in.userId, in.time, w);
    }

    /** Fires the abandoned-cart offer when due, and forgets what is older than triggers.forgetAfter. */
    public void onTime(ShopperJourney j, String userId, long now, Consumer<ItemInterest> watch, Consumer<Message> offer) {
        if (j.cartDue != 0 && j.cartDue <= now) {
            j.cartDue = 0;
            if (!j.cart.isEmpty() && !j.anonymous) offer.accept(abandonedCart(j, now));
        }
        j.cart.values().removeIf(added -> added <= now - forgetAfter);
        Iterator<Map.Entry<String, ItemAffinity>> it = j.items.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, ItemAffinity> item = it.next();
            if (item.getValue().time <= now - forgetAfter) {
                it.remove();
                watch.accept(new ItemInterest(userId, item.getKey(), InterestKind.FORGOTTEN, now, j.timeZone));
            }
        }
    }

    /** The shopper asked to be forgotten: every item watching them is told. The caller then drops the journey. */
    public void forget(ShopperJourney j, String userId, long now, Consumer<ItemInterest> watch) {
        keepAtMost(j, 0, userId, now, watch);
    }

    /** The next time after {@code now} at which {@link #onTime} has something to do; empty when the journey is empty. */
    public OptionalLong nextWakeUp(ShopperJourney j, long now) {
        long next = j.cartDue != 0 ? j.cartDue : Long.MAX_VALUE;
        for (long added : j.cart.values()) next = Math.min(next, added + forgetAfter);
        for (ItemAffinity a : j.items.values()) next = Math.min(next, a.time + forgetAfter);
        return next == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(Math.max(next, now + 1));
    }

    public boolean isEmpty(ShopperJourney j) {
        return j.cart.isEmpty() && j.items.isEmpty() && j.cartDue == 0;
    }

    private void interest(ShopperJourney j, String userId, String itemId, InterestKind kind, long t, double weight,
                          Consumer<ItemInterest> watch) {
        like(j, itemId, t, weight);
        watch.accept(new ItemInterest(userId, itemId, kind, t, j.timeZone));
    }

    private void like(ShopperJourney j, String itemId, long t, double weight) {
        ItemAffinity a = j.items.computeIfAbsent(itemId, k -> new ItemAffinity());
        a.affinity = a.at(t, halfLife) + weight;
        a.time = Math.max(a.time, t);
    }

    /** Forgets the weakest items not in the cart until at most {@code limit} remain, telling their watchers. */
    private void keepAtMost(ShopperJourney j, int limit, String userId, long now, Consumer<ItemInterest> watch) {
        while (j.items.size() > limit) {
            String weakest = null;
            double weakestAffinity = Double.POSITIVE_INFINITY;
            for (Map.Entry<String, ItemAffinity> en : j.items.entrySet()) {
                if (limit > 0 && j.cart.containsKey(en.getKey())) continue;
                double a = en.getValue().at(now, halfLife);
                if (weakest == null || a < weakestAffinity || (a == weakestAffinity && en.getKey().compareTo(weakest) < 0)) {
                    weakest = en.getKey();
                    weakestAffinity = a;
                }
            }
            if (weakest == null) return;
            j.items.remove(weakest);
            watch.accept(new ItemInterest(userId, weakest, InterestKind.FORGOTTEN, now, j.timeZone));
        }
    }

    private Message abandonedCart(ShopperJourney j, long now) {
        List<Map.Entry<String, Long>> newestFirst = new ArrayList<>(j.cart.entrySet());
        newestFirst.sort(NEWEST_FIRST);
        Message m = new Message();
        m.kind = MessageKind.ABANDONED_CART;
        m.items = newestFirst.stream().limit(cartItems).map(Map.Entry::getKey).toList();
        m.reason = "left in your cart for " + Durations.format(roughly(Duration.ofMillis(now - newestFirst.get(0).getValue())));
        m.triggerEventId = j.cartEventId;
        m.triggerTime = now;
        return m;
    }

    private Message apology(ShopperJourney j, Event e) {
        List<Map.Entry<String, ItemAffinity>> strongest = new ArrayList<>(j.items.entrySet());
        strongest.removeIf(en -> en.getValue().at(e.eventTime, halfLife) <= 0);
        strongest.sort(Comparator.<Map.Entry<String, ItemAffinity>>comparingDouble(en -> -en.getValue().at(e.eventTime, halfLife))
                .thenComparing(Map.Entry::getKey));
        Message m = new Message();
        m.kind = MessageKind.SERVICE_INCIDENT;
        m.items = strongest.stream().limit(offerItems).map(Map.Entry::getKey).toList();
        m.incident = e.incident;
        m.orderId = e.orderId;
        m.reason = "we are sorry: " + e.incident.replace('_', ' ') + (e.orderId != null ? " (order " + e.orderId + ")" : "");
        m.triggerEventId = e.eventId;
        m.triggerTime = e.eventTime;
        return m;
    }

    /** A shopper reads "3d" or "5h", not "1181138173ms": whole days from a day on, else whole hours, else whole minutes. */
    static Duration roughly(Duration d) {
        if (d.toDays() >= 1) return Duration.ofDays(d.toDays());
        if (d.toHours() >= 1) return Duration.ofHours(d.toHours());
        return Duration.ofMinutes(Math.max(1, d.toMinutes()));
    }
}
