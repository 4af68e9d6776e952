package org.streamrec.tools.eval;

import com.carrotsearch.hppc.ObjectIntHashMap;
import java.util.ArrayList;
import java.util.List;

/** Dense int ids for item ids, in first-seen order, so the baselines can keep primitive maps. */
final class ItemIds {
    private final ObjectIntHashMap<String> ids = new ObjectIntHashMap<>();
    private final List<String> names = new ArrayList<>();

    /** The item's id, assigning the next one on first sight. */
    int id(String item) {
        int at = ids.indexOf(item);
        if (ids.indexExists(at)) return ids.indexGet(at);
        int id = names.size();
        ids.indexInsert(at, item, id);
        names.add(item);
        return id;
    }

    String name(int id) {
        return names.get(id);
    }
}
