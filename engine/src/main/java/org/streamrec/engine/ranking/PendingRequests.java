package org.streamrec.engine.ranking;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.streamrec.engine.messages.CandidateResponse;
import org.streamrec.engine.messages.RankContext;

/**
 * Ranking requests being gathered, one per user: a request's context and its seeds' answers travel
 * different paths and arrive in any order. A newer request replaces an unfinished older one (its
 * list would be out of date), and answers to older requests are dropped. An entry waiting longer
 * than {@code staleAfterMillis} (a late answer that outlived its request's completion) is
 * forgotten, so the table stays bounded by the users with a request in flight.
 */
public final class PendingRequests {
    /** A request with its context and every answer. */
    public record Complete(RankContext context, List<CandidateResponse> responses) {}

    private static final class Pending {
        final long requestId;
        final long since;
        RankContext context;
        final List<CandidateResponse> responses = new ArrayList<>();

        Pending(long requestId, long since) {
            this.requestId = requestId;
            this.since = since;
        }

        /** The context tells how many answers to await. */
        boolean complete() {
            return context != null && responses.size() >= context.expectedResponses;
        }
    }

    private final long staleAfterMillis;
    /** Insertion order is age order: a user's entry is replaced (removed, then added), never moved. */
    private final LinkedHashMap<String, Pending> byUser = new LinkedHashMap<>();

    public PendingRequests(long staleAfterMillis) {
        this.staleAfterMillis = staleAfterMillis;
    }

    /** Adds a request's context; returns the request once complete, else null. */
    public Complete context(RankContext context, long nowMillis) {
        Pending p = pending(context.userId, context.requestId, nowMillis);
        if (p == null) return null;
        p.context = context;
        return completed(context.userId, p);
    }

    /** Adds one seed's answer; returns the request once complete, else null. */
    public Complete response(CandidateResponse response, long nowMillis) {
        Pending p = pending(response.userId, response.requestId, nowMillis);
        if (p == null) return null;
        p.responses.add(response);
        return completed(response.userId, p);
    }

    public int size() {
        return byUser.size();
    }

    /** The user's entry for {@code requestId}, replacing an older one; null when the request is outdated. */
    private Pending pending(String userId, long requestId, long nowMillis) {
        forgetStale(nowMillis);
        Pending current = byUser.get(userId);
        if (current != null && requestId < current.requestId) return null;
        if (current != null && requestId == current.requestId) return current;
        if (current != null) byUser.remove(userId);
        Pending fresh = new Pending(requestId, nowMillis);
        byUser.put(userId, fresh);
        return fresh;
    }

    private Complete completed(String userId, Pending p) {
        if (!p.complete()) return null;
        byUser.remove(userId);
        return new Complete(p.context, p.responses);
    }

    private void forgetStale(long nowMillis) {
        Iterator<Map.Entry<String, Pending>> oldestFirst = byUser.entrySet().iterator();
        while (oldestFirst.hasNext() && nowMillis - oldestFirst.next().getValue().since > staleAfterMillis) {
            oldestFirst.remove();
        }
    }
}
