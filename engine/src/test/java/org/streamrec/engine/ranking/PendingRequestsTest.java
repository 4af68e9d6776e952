package org.streamrec.engine.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.streamrec.engine.messages.CandidateResponse;
import org.streamrec.engine.messages.RankContext;

class PendingRequestsTest {
    private static final long STALE = 60_000;

    @Test
    void completesWhenTheContextAndEveryAnswerArrivedInAnyOrder() {
        PendingRequests pending = new PendingRequests(STALE);
        assertNull(pending.response(answer("u", 1, "a"), 0));
        assertNull(pending.context(context("u", 1, 2), 0));
        PendingRequests.Complete done = pending.response(answer("u", 1, "b"), 0);
        assertNotNull(done);
        assertEquals(1, done.context().requestId);
        assertEquals(List.of("a", "b"), done.responses().stream().map(r -> r.seedId).toList());
        assertEquals(0, pending.size());
    }

    @Test
    void aRequestWithoutSeedsCompletesWithItsContext() {
        PendingRequests pending = new PendingRequests(STALE);
        PendingRequests.Complete done = pending.context(context("u", 1, 0), 0);
        assertNotNull(done);
        assertEquals(List.of(), done.responses());
    }

    @Test
    void aNewerRequestReplacesAnUnfinishedOneAndItsLateAnswersAreDropped() {
        PendingRequests pending = new PendingRequests(STALE);
        pending.context(context("u", 1, 2), 0);
        pending.response(answer("u", 1, "a"), 0);
        assertNull(pending.context(context("u", 2, 1), 0));
        assertNull(pending.response(answer("u", 1, "b"), 0));
        PendingRequests.Complete done = pending.response(answer("u", 2, "c"), 0);
        assertEquals(2, done.context().requestId);
        assertEquals(List.of("c"), done.responses().stream().map(r -> r.seedId).toList());
    }

    @Test
    void usersAreGatheredApart() {
        PendingRequests pending = new PendingRequests(STALE);
        pending.context(context("u", 1, 1), 0);
        pending.context(context("v", 1, 1), 0);
        assertEquals("v", pending.response(answer("v", 1, "x"), 0).context().userId);
        assertEquals("u", pending.response(answer("u", 1, "y"), 0).context().userId);
    }

    @Test
    void anEntryOlderThanTheStaleLimitIsForgotten() {
        PendingRequests pending = new PendingRequests(STALE);
        pending.response(answer("late", 7, "a"), 0);
        pending.context(context("u", 1, 2), STALE / 2);
        assertEquals(2, pending.size());
        pending.response(answer("v", 1, "x"), STALE + 1);
        assertEquals(2, pending.size(), "only the entry older than the limit is gone");
        assertNull(pending.context(context("late", 7, 1), STALE + 1), "its answer was forgotten with it");
    }

    private static RankContext context(String user, long requestId, int expected) {
        RankContext c = new RankContext();
        c.userId = user;
        c.requestId = requestId;
        c.expectedResponses = expected;
        return c;
    }

    private static CandidateResponse answer(String user, long requestId, String seed) {
        CandidateResponse r = new CandidateResponse();
        r.userId = user;
        r.requestId = requestId;
        r.seedId = seed;
        r.neighbours = List.of();
        return r;
    }
}
