package org.streamrec.engine.ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.streamrec.engine.messages.ItemCard;

/**
 * A ranking instance's local copy of every item's card: neighbours and catalogue facts, kept compact
 * because every instance holds all items. Item ids are interned to ints once; neighbours are int
 * arrays with float similarities; catalogue facts are parallel arrays. Not Flink state: rebuilt from
 * the cards the item side publishes (again, all of them, after a restore).
 */
public final class ItemIndex {
    private static final int[] NO_NEIGHBOURS = new int[0];
    private static final float[] NO_SIMILARITIES = new float[0];
    private static final byte OUT_OF_STOCK = 1;
    private static final byte CATALOGUE_SAYS = 2;
    private static final byte CATALOGUE_REPLENISHABLE = 4;
    private static final byte LEARNED_REPLENISHABLE = 8;

    private final Map<String, Integer> ids = new HashMap<>();
    private final Map<String, Integer> categoryIds = new HashMap<>();
    private final List<String> categories = new ArrayList<>();
    private String[] names = new String[1024];
    private int[][] neighbours = new int[1024][];
    private float[][] similarities = new float[1024][];
    private long[] versions = new long[1024];
    private int[] category = new int[1024];
    private float[] price = new float[1024];
    private byte[] flags = new byte[1024];
    private int size;
    private long neighbourEntries;

    /** Takes a card unless the index already has a newer one of the item; says whether it did. */
    public boolean apply(ItemCard card) {
        int id = intern(card.itemId);
        if (versions[id] > card.version) return false;
        versions[id] = card.version;
        int[] ns = NO_NEIGHBOURS;
        float[] sims = NO_SIMILARITIES;
        if (card.neighbours != null && card.neighbours.length > 0) {
            ns = new int[card.neighbours.length];
            for (int i = 0; i < ns.length; i++) ns[i] = intern(card.neighbours[i]);
            sims = card.similarities;
        }
        neighbourEntries += ns.length - (neighbours[id] == null ? 0 : neighbours[id].length);
        neighbours[id] = ns;
        similarities[id] = sims;
        category[id] = card.category == null ? -1 : categoryIds.computeIfAbsent(card.category, c -> {
            categories.add(c);
            return categories.size() - 1;
        });
        price[id] = card.price == null ? Float.NaN : card.price.floatValue();
        byte f = 0;
        if (card.stock != null && card.stock <= 0) f |= OUT_OF_STOCK;
        if (card.replenishable != null) f |= CATALOGUE_SAYS;
        if (Boolean.TRUE.equals(card.replenishable)) f |= CATALOGUE_REPLENISHABLE;
        if (Boolean.TRUE.equals(card.learnedReplenishable)) f |= LEARNED_REPLENISHABLE;
        flags[id] = f;
        return true;
    }

    /** The item's int id, or -1 when no card names it. */
    public int id(String itemId) {
        Integer id = ids.get(itemId);
        return id == null ? -1 : id;
    }

    /** The item's int id, given one now if no card named it yet (it has no neighbours and no facts until its card comes). */
    public int idOrAdd(String itemId) {
        return intern(itemId);
    }

    public String name(int id) {
        return names[id];
    }

    /** The item's neighbours' ids, strongest first (empty when unknown). */
    public int[] neighbours(int id) {
        int[] ns = id < 0 ? null : neighbours[id];
        return ns == null ? NO_NEIGHBOURS : ns;
    }

    /** Similarities matching {@link #neighbours(int)}. */
    public float[] similarities(int id) {
        float[] sims = id < 0 ? null : similarities[id];
        return sims == null ? NO_SIMILARITIES : sims;
    }

    public String category(String itemId) {
        return category(id(itemId));
    }

    public String category(int id) {
        return id < 0 || category[id] < 0 ? null : categories.get(category[id]);
    }

    /** The catalogue price, or null when unknown. */
    public Double price(String itemId) {
        int id = id(itemId);
        return id < 0 || Float.isNaN(price[id]) ? null : (double) price[id];
    }

    public boolean outOfStock(String itemId) {
        return outOfStock(id(itemId));
    }

    public boolean outOfStock(int id) {
        return id >= 0 && (flags[id] & OUT_OF_STOCK) != 0;
    }

    /** Bought again by shoppers: the catalogue's flag if it has one, else what the stream taught. */
    public boolean replenishable(String itemId) {
        return replenishable(id(itemId));
    }

    public boolean replenishable(int id) {
        if (id < 0) return false;
        byte f = flags[id];
        return (f & CATALOGUE_SAYS) != 0 ? (f & CATALOGUE_REPLENISHABLE) != 0 : (f & LEARNED_REPLENISHABLE) != 0;
    }

    /** Items known, with or without a card of their own. */
    public int items() {
        return size;
    }

    /**
     * Heap bytes held, estimated from the structures' sizes on a 64-bit JVM with compressed pointers:
     * per item its id string and map entry, its slots in the parallel arrays, its neighbour arrays.
     */
    public long estimatedBytes() {
        long perItem = 56 + 32 + 16 + 4 + 4 + 8 + 4 + 4 + 1 + 2 * 16; // id string (~20 chars), map entry + Integer, array slots, two array headers
        long idChars = 0;
        for (int i = 0; i < size; i++) idChars += names[i].length();
        return size * perItem + idChars + neighbourEntries * 8;
    }

    private int intern(String itemId) {
        Integer known = ids.get(itemId);
        if (known != null) return known;
        if (size == names.length) grow();
        int id = size++;
        ids.put(itemId, id);
        names[id] = itemId;
        category[id] = -1;
        price[id] = Float.NaN;
        return id;
    }

    private void grow() {
        int capacity = names.length * 2;
        names = Arrays.copyOf(names, capacity);
        neighbours = Arrays.copyOf(neighbours, capacity);
        similarities = Arrays.copyOf(similarities, capacity);
        versions = Arrays.copyOf(versions, capacity);
        category = Arrays.copyOf(category, capacity);
        price = Arrays.copyOf(price, capacity);
        flags = Arrays.copyOf(flags, capacity);
    }
}
