package org.streamrec.tools.bench;

import java.util.Random;
import org.streamrec.engine.messages.ItemCard;
import org.streamrec.engine.ranking.ItemIndex;

/**
 * Heap bytes of a ranking instance's local item index ({@link ItemIndex}), measured by filling one
 * with synthetic cards and comparing the heap in use, after full collections, before and after.
 */
final class IndexFootprint {
    static final int ITEMS = 1_000_000;
    static final int NEIGHBOURS = 50;

    /** Bytes per item, and of the whole index of {@code items} items with {@code neighbours} neighbours each. */
    record Bytes(double perItem, long oneMillionItemsFiftyNeighbours) {}

    private IndexFootprint() {}

    static Bytes measure() {
        long before = usedAfterGc();
        ItemIndex index = filled(ITEMS, NEIGHBOURS, new Random(42));
        long after = usedAfterGc();
        long bytes = after - before;
        if (index.items() != ITEMS) throw new IllegalStateException("the index holds " + index.items() + " items");
        return new Bytes((double) bytes / ITEMS, bytes);
    }

    /** An index of {@code items} items, each with a card of {@code neighbours} neighbours, ids as the bench's workload spells them. */
    static ItemIndex filled(int items, int neighbours, Random random) {
        ItemIndex index = new ItemIndex();
        for (int i = 0; i < items; i++) {
            ItemCard card = new ItemCard();
            card.itemId = BenchWorkload.itemId(i);
            card.neighbours = new String[neighbours];
            card.similarities = new float[neighbours];
            for (int k = 0; k < neighbours; k++) {
                card.neighbours[k] = BenchWorkload.itemId(random.nextInt(items));
                card.similarities[k] = 1f / (k + 1);
            }
            card.category = "c" + (i % 1000);
            card.price = 10.0;
            index.apply(card);
        }
        return index;
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }
}
