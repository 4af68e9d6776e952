package org.streamrec.engine.ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.streamrec.engine.messages.RankRequest;
import org.streamrec.engine.model.RankedItem;

/**
 * Scores a user's candidates as a mixture of the two ways a shopper's next interaction goes: back to
 * an item they had (probability = the user's return share p), or to a new one (1 - p).
 * <pre>
 *   score(c) = p x affinity(c) / sum of affinities  +  (1 - p) x w x similar(c) / sum of similar
 *   similar(c) = sum over seeds s of weight(s) x similarity(s, c)      (item index, strongest first)
 * </pre>
 * Each part is normalised over the eligible candidates, so the two are on one scale and a user who
 * always comes back (groceries) and one who never does (browsing) each get the right mix; w (the
 * request's similar coverage) says how much of a shopper's new items the similar ones cover, since the
 * user's own items cover nearly all of their returns. Items not
 * eligible are dropped before normalising; each item is explained by the part that gave it most.
 *
 * <p>It runs for every event, over a few hundred candidates, so it adds up in arrays indexed by the
 * index's int ids, kept between calls and cleared for the candidates it touched: one instance per
 * ranking instance, not thread-safe.
 */
public final class Ranker {
    private final ItemIndex index;
    private double[] similar = new double[0];
    private double[] repeat = new double[0];
    private double[] bestContribution = new double[0];
    private int[] bestSeed = new int[0];
    private int[] repeatAt = new int[0];
    /** The call that last touched each id: ids touched in this call are the ones stamped with {@link #call}. */
    private int[] stamp = new int[0];
    private int call;
    private int[] touched = new int[256];
    private int touchedCount;

    public Ranker(ItemIndex index) {
        this.index = index;
    }

    /** The best {@code limit} eligible candidates of the request, best first (ties by id). */
    public List<RankedItem> rank(RankRequest r, Eligibility eligibility, int limit) {
        call++;
        double similarTotal = 0;
        int seeds = r.seeds == null ? 0 : r.seeds.length;
        for (int s = 0; s < seeds; s++) {
            int seed = index.id(r.seeds[s]);
            int[] ns = index.neighbours(seed);
            float[] sims = index.similarities(seed);
            for (int k = 0; k < ns.length; k++) {
                int id = ns[k];
                if (!eligibility.allows(id)) continue;
                double contribution = r.seedWeights[s] * sims[k];
                touch(id);
                similar[id] += contribution;
                if (contribution > bestContribution[id]) {
                    bestContribution[id] = contribution;
                    bestSeed[id] = s;
                }
                similarTotal += contribution;
            }
        }
        double repeatTotal = 0;
        int repeats = r.repeats == null ? 0 : r.repeats.length;
        for (int i = 0; i < repeats; i++) {
            int id = index.idOrAdd(r.repeats[i]);
            if (!eligibility.allows(id)) continue;
            touch(id);
            repeat[id] += r.repeatAffinities[i];
            repeatAt[id] = i + 1;
            repeatTotal += r.repeatAffinities[i];
        }
        double p = similarTotal == 0 ? 1 : repeatTotal == 0 ? 0 : r.returnShare;
        List<RankedItem> ranked = best(r, limit, p, similarTotal, repeatTotal);
        clear();
        return ranked;
    }

    private List<RankedItem> best(RankRequest r, int limit, double p, double similarTotal, double repeatTotal) {
        int n = touchedCount;
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            int id = touched[i];
            scores[i] = (similarTotal == 0 ? 0 : (1 - p) * r.similarCoverage * similar[id] / similarTotal)
                    + (repeatTotal == 0 ? 0 : p * repeat[id] / repeatTotal);
        }
        // A heap of the best `limit` positions, the worst on top.
        int[] heap = new int[Math.min(limit, n)];
        int size = 0;
        for (int i = 0; i < n; i++) {
            if (scores[i] <= 0) continue;
            if (size < heap.length) {
                heap[size] = i;
                siftUp(heap, size++, scores);
            } else if (better(i, heap[0], scores)) {
                heap[0] = i;
                siftDown(heap, size, scores);
            }
        }
        List<RankedItem> ranked = new ArrayList<>(size);
        while (size > 0) {
            int i = heap[0];
            heap[0] = heap[--size];
            siftDown(heap, size, scores);
            ranked.add(item(r, touched[i], scores[i], p, similarTotal, repeatTotal));
        }
        Collections.reverse(ranked);
        return ranked;
    }

    private RankedItem item(RankRequest r, int id, double score, double p, double similarTotal, double repeatTotal) {
        double similarPart = similarTotal == 0 ? 0 : (1 - p) * r.similarCoverage * similar[id] / similarTotal;
        double repeatPart = repeatTotal == 0 ? 0 : p * repeat[id] / repeatTotal;
        if (repeatPart > similarPart) {
            return new RankedItem(index.name(id), score, repeatReason(r.repeatPurchases[repeatAt[id] - 1]), RankedItem.REPEAT);
        }
        int s = bestSeed[id];
        return new RankedItem(index.name(id), score, "often chosen with " + r.seeds[s] + ", which you " + r.seedActions[s],
                RankedItem.SIMILAR);
    }

    /** Higher score first, then the smaller id. */
    private boolean better(int a, int b, double[] scores) {
        int byScore = Double.compare(scores[a], scores[b]);
        return byScore != 0 ? byScore > 0 : index.name(touched[a]).compareTo(index.name(touched[b])) < 0;
    }

    private void siftUp(int[] heap, int at, double[] scores) {
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (!better(heap[parent], heap[at], scores)) return;
            swap(heap, parent, at);
            at = parent;
        }
    }

    private void siftDown(int[] heap, int size, double[] scores) {
        int at = 0;
        while (true) {
            int worst = at;
            for (int child = 2 * at + 1; child <= 2 * at + 2 && child < size; child++) {
                if (better(heap[worst], heap[child], scores)) worst = child;
            }
            if (worst == at) return;
            swap(heap, at, worst);
            at = worst;
        }
    }

    private static void swap(int[] heap, int a, int b) {
        int t = heap[a];
        heap[a] = heap[b];
        heap[b] = t;
    }

    private static String repeatReason(int purchases) {
        if (purchases == 0) return "you looked at it before";
        return "you bought it " + (purchases == 1 ? "once" : purchases + " times") + "; time to restock?";
    }

    private void touch(int id) {
        if (id >= similar.length) grow(id + 1);
        if (stamp[id] != call) {
            stamp[id] = call;
            if (touchedCount == touched.length) touched = Arrays.copyOf(touched, touchedCount * 2);
            touched[touchedCount++] = id;
        }
    }

    private void clear() {
        for (int i = 0; i < touchedCount; i++) {
            int id = touched[i];
            similar[id] = 0;
            repeat[id] = 0;
            bestContribution[id] = 0;
            repeatAt[id] = 0;
        }
        touchedCount = 0;
    }

    private void grow(int atLeast) {
        int capacity = Math.max(atLeast, Math.max(1024, similar.length * 2));
        similar = Arrays.copyOf(similar, capacity);
        repeat = Arrays.copyOf(repeat, capacity);
        bestContribution = Arrays.copyOf(bestContribution, capacity);
        bestSeed = Arrays.copyOf(bestSeed, capacity);
        repeatAt = Arrays.copyOf(repeatAt, capacity);
        stamp = Arrays.copyOf(stamp, capacity);
    }
}
