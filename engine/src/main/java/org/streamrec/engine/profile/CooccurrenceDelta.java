package org.streamrec.engine.profile;

import java.util.List;

/**
 * How one user's event changes the global co-occurrence counts: the item's own count and its pair
 * counts with the user's other recent items. Incremental as in TencentRec, per session: with implicit
 * ratings r (the strongest action weight of the user's current session on an item; an item last
 * touched in an earlier session counts with its strongest weight ever), count(i) = sum r_i and
 * pair(i,j) = sum min(r_i, r_j), so raising r_i from old to new changes count(i) by new - old and
 * pair(i,j) by min(new, r_j) - min(old, r_j). A new session starts the user's contributions afresh,
 * so what shoppers keep doing together outweighs, as counts decay, what they once did.
 */
public record CooccurrenceDelta(String itemId, double countDelta, List<Partner> partners) {}
