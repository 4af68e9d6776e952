package org.streamrec.engine.profile;

import java.util.List;

/**
 * How one user's event changes the global co-occurrence counts: the item's own count and its pair
 * counts with the user's other recent items. Incremental as in TencentRec: with implicit ratings
 * r (max action weight), count(i) = sum_u r_ui and pair(i,j) = sum_u min(r_ui, r_uj), so raising
 * r_ui from old to new changes count(i) by new - old and pair(i,j) by min(new,r_uj) - min(old,r_uj).
 */
public record CooccurrenceDelta(String itemId, double countDelta, List<Partner> partners) {}
