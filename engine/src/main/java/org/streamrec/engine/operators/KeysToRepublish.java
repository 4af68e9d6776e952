package org.streamrec.engine.operators;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.flink.runtime.state.KeyedStateBackend;
import org.apache.flink.runtime.state.VoidNamespace;

/**
 * The keys an operator must publish again after a restore: the rankings keep what it publishes on
 * the heap, not in state, so they start empty. Every key that has any of the named states.
 */
final class KeysToRepublish {
    private KeysToRepublish() {}

    static Set<String> of(KeyedStateBackend<String> backend, String... stateNames) {
        Set<String> keys = new LinkedHashSet<>();
        for (String state : stateNames) {
            try (Stream<String> stored = backend.getKeys(state, VoidNamespace.INSTANCE)) {
                stored.forEach(keys::add);
            }
        }
        return keys;
    }
}
