package org.streamrec.engine.journeys;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.streamrec.config.TriggerConfig;
import org.streamrec.engine.contact.ContactInput;
import org.streamrec.engine.messages.ItemInterest;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.Message;
import org.streamrec.engine.model.MessageKind;

/**
 * The item side of the journeys, one item at a time: the shoppers watching it (from their
 * {@link ItemInterest}s) and what a catalogue update means to them.
 * <ul>
 *   <li>price drop: the new price is at least {@code triggers.priceDrop.minPercent} below the price
 *       the shopper last saw, and the shopper showed interest within {@code triggers.priceDrop.window};</li>
 *   <li>back in stock: the stock goes from 0 (or below) to at least {@code triggers.backInStock.minStock},
 *       and the shopper favourited or carted the item within {@code triggers.backInStock.window}.</li>
 * </ul>
 * A purchase of the item or the shopper's journey forgetting it ends the watch; so does its window running out.
 */
public final class ItemWatchers {
    private final double minPercent;
    private final long priceWindow;
    private final long stockWindow;
    private final int minStock;
    private final int maxWatchers;

    public ItemWatchers(TriggerConfig config) {
        this.minPercent = config.priceDrop().minPercent();
        this.priceWindow = config.priceDrop().window().toMillis();
        this.stockWindow = config.backInStock().window().toMillis();
        this.minStock = config.backInStock().minStock();
        this.maxWatchers = config.maxWatchersPerItem();
    }

    /** An interest in the item, or its end. */
    public void onInterest(ItemFacts facts, Watchers watchers, ItemInterest in) throws Exception {
        Watcher w = watchers.get(in.userId);
        if (!in.kind.watches()) {
            if (w != null) {
                watchers.remove(in.userId);
                facts.watchers--;
            }
            return;
        }
        if (w == null) {
            if (facts.watchers >= maxWatchers) dropLeastRecent(facts, watchers);
            w = new Watcher();
            facts.watchers++;
        }
        w.interestTime = Math.max(w.interestTime, in.time);
        if (in.kind.isKeen()) w.keenTime = Math.max(w.keenTime, in.time);
        if (facts.price != null) w.priceSeen = facts.price;
        if (in.timeZone != null) w.timeZone = in.timeZone;
        watchers.put(in.userId, w);
        facts.nextExpiry = facts.nextExpiry == 0 ? expiry(w) : Math.min(facts.nextExpiry, expiry(w));
    }

    /** A catalogue update of the item, at its event time: offers for the shoppers a price drop or a restock concerns. */
    public void onCatalogue(ItemFacts facts, Watchers watchers, Event update, Consumer<ContactInput> offer) throws Exception {
        Double oldPrice = facts.price;
        boolean restocked = update.stock != null && facts.stock != null && facts.stock <= 0 && update.stock >= minStock;
        if (update.price != null) facts.price = update.price;
        if (update.stock != null) facts.stock = update.stock;
        if (update.price == null && !restocked) return;
        long t = update.eventTime;
        expire(facts, watchers, t);
        List<Map.Entry<String, Watcher>> lowered = new ArrayList<>();
        for (Map.Entry<String, Watcher> en : watchers.all()) {
            Watcher w = en.getValue();
            Double seen = w.priceSeen != null ? w.priceSeen : oldPrice;
            if (update.price != null && seen != null && w.interestTime > t - priceWindow
                    && update.price <= seen * (1 - minPercent / 100)) {
                offer.accept(ContactInput.of(priceDrop(update, seen), en.getKey(), w.timeZone));
                lowered.add(en);
            }
            if (restocked && w.keenTime > t - stockWindow) {
                offer.accept(ContactInput.of(backInStock(update), en.getKey(), w.timeZone));
            }
        }
        for (Map.Entry<String, Watcher> en : lowered) {
            en.getValue().priceSeen = update.price;
            watchers.put(en.getKey(), en.getValue());
        }
    }

    /** Drops the watchers whose interest ran out by {@code now}. */
    public void expire(ItemFacts facts, Watchers watchers, long now) throws Exception {
        if (facts.nextExpiry == 0 || facts.nextExpiry > now) return;
        List<String> gone = new ArrayList<>();
        long next = 0;
        for (Map.Entry<String, Watcher> en : watchers.all()) {
            long expiry = expiry(en.getValue());
            if (expiry <= now) gone.add(en.getKey());
            else next = next == 0 ? expiry : Math.min(next, expiry);
        }
        for (String userId : gone) watchers.remove(userId);
        facts.watchers -= gone.size();
        facts.nextExpiry = next;
    }

    /** When {@link #expire} next has something to do; empty when nobody watches. */
    public OptionalLong nextWakeUp(ItemFacts facts) {
        return facts.nextExpiry == 0 ? OptionalLong.empty() : OptionalLong.of(facts.nextExpiry);
    }

    private long expiry(Watcher w) {
        return Math.max(w.interestTime + priceWindow, w.keenTime == 0 ? 0 : w.keenTime + stockWindow);
    }

    private static void dropLeastRecent(ItemFacts facts, Watchers watchers) throws Exception {
        String oldest = null;
        long oldestTime = Long.MAX_VALUE;
        for (Map.Entry<String, Watcher> en : watchers.all()) {
            long t = en.getValue().interestTime;
            if (t < oldestTime || (t == oldestTime && en.getKey().compareTo(oldest) < 0)) {
                oldest = en.getKey();
                oldestTime = t;
            }
        }
        if (oldest == null) return;
        watchers.remove(oldest);
        facts.watchers--;
    }

    private Message priceDrop(Event update, double seen) {
        Message m = offerFor(update, MessageKind.PRICE_DROP);
        m.previousPrice = seen;
        m.price = update.price;
        m.reason = String.format(Locale.ROOT, "price down from %.2f to %.2f (-%.0f%%)", seen, update.price,
                100 * (seen - update.price) / seen);
        return m;
    }

    private static Message backInStock(Event update) {
        Message m = offerFor(update, MessageKind.BACK_IN_STOCK);
        m.reason = "back in stock";
        return m;
    }

    private static Message offerFor(Event update, MessageKind kind) {
        Message m = new Message();
        m.kind = kind;
        m.items = List.of(update.itemId);
        m.triggerEventId = update.eventId;
        m.triggerTime = update.eventTime;
        return m;
    }
}
