package org.streamrec.tools.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Accumulates the scored cases of one model and target: where in the list each target item was. */
final class ScoreSheet {
    private final long[] hitsAtRank = new long[TargetScores.MAX_K + 1];
    private final Set<String> recommended = new HashSet<>();
    private long scored;
    private long withList;
    private final UserTotals perUser = new UserTotals();

    /** One scored target item of user number {@code user} against the list the model had; an empty list is a miss. */
    void add(int user, List<String> list, String target) {
        scored++;
        if (!list.isEmpty()) withList++;
        List<String> top = list.subList(0, Math.min(list.size(), TargetScores.MAX_K));
        recommended.addAll(top.subList(0, Math.min(top.size(), TargetScores.REPORTED_K)));
        int rank = top.indexOf(target) + 1;
        if (rank > 0) hitsAtRank[rank]++;
        perUser.add(user, rank);
    }

    TargetScores result(String model, Target target, long itemsSeen) {
        return new TargetScores(model, target, scored, withList, hitsAtRank.clone(), recommended.size(), itemsSeen, perUser);
    }
}
