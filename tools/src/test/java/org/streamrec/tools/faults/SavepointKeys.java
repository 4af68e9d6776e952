package org.streamrec.tools.faults;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.base.ListSerializer;
import org.apache.flink.api.common.typeutils.base.MapSerializer;
import org.apache.flink.api.common.typeutils.base.StringSerializer;
import org.apache.flink.core.fs.FSDataInputStream;
import org.apache.flink.core.memory.DataInputViewStreamWrapper;
import org.apache.flink.runtime.checkpoint.OperatorState;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.runtime.checkpoint.metadata.CheckpointMetadata;
import org.apache.flink.runtime.state.KeyGroupsStateHandle;
import org.apache.flink.runtime.state.KeyedBackendSerializationProxy;
import org.apache.flink.runtime.state.KeyedStateHandle;
import org.apache.flink.runtime.state.metainfo.StateMetaInfoSnapshot;
import org.apache.flink.state.api.OperatorIdentifier;
import org.apache.flink.state.api.SavepointReader;
import org.apache.flink.state.api.functions.KeyedStateReaderFunction;
import org.apache.flink.state.api.runtime.SavepointLoader;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;
import org.apache.flink.util.Collector;

/**
 * Every key that holds keyed state in any operator of a savepoint (canonical format), found from the
 * savepoint itself: its metadata lists the operators with keyed state, and each one's state handle
 * starts with the names, kinds and serializers of its states; Flink's State Processor API then reads
 * the keys of all of them. No operator or state name is known in advance, so operators added or
 * renamed later are covered too.
 *
 * <p>Timers are keyed state as well, but the State Processor API enumerates keys from value, list and
 * map states only: a key that holds nothing but a timer is not seen here.
 */
final class SavepointKeys {
    private SavepointKeys() {}

    /** One keyed state, as the savepoint describes it. */
    private record KeyedState(String name, String kind, TypeSerializer<?> serializer) implements Serializable {}

    /** Operator id (hex) to the keys holding state in it, for every operator with keyed state. */
    static Map<String, Set<String>> byOperator(String savepoint) throws Exception {
        CheckpointMetadata metadata = SavepointLoader.loadSavepointMetadata(savepoint);
        Map<String, Set<String>> keys = new LinkedHashMap<>();
        for (OperatorState operator : metadata.getOperatorStates()) {
            List<KeyedStateHandle> handles = new ArrayList<>();
            for (OperatorSubtaskState subtask : operator.getStates()) handles.addAll(subtask.getManagedKeyedState());
            if (handles.isEmpty()) continue;
            List<KeyedState> states = statesOf(handles.get(0), operator);
            String id = operator.getOperatorID().toHexString();
            keys.put(id, states.isEmpty() ? new TreeSet<>() : read(savepoint, id, states));
        }
        return keys;
    }

    private static Set<String> read(String savepoint, String operatorId, List<KeyedState> states) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(1);
        Set<String> keys = new TreeSet<>();
        try (CloseableIterator<String> found = SavepointReader.read(env, savepoint)
                .readKeyedState(OperatorIdentifier.forUidHash(operatorId), new AllKeys(states), Types.STRING, Types.STRING)
                .executeAndCollect()) {
            found.forEachRemaining(keys::add);
        }
        return keys;
    }

    /** The value, list and map states of one operator, from the serialization proxy that starts its keyed state. */
    private static List<KeyedState> statesOf(KeyedStateHandle handle, OperatorState operator) throws IOException {
        if (!(handle instanceof KeyGroupsStateHandle keyGroups)) {
            throw new IllegalArgumentException("operator " + operator.getOperatorID() + " has keyed state as " + handle.getClass().getSimpleName()
                    + ": not a canonical savepoint");
        }
        KeyedBackendSerializationProxy<?> proxy = new KeyedBackendSerializationProxy<>(SavepointKeys.class.getClassLoader());
        try (FSDataInputStream in = keyGroups.openInputStream()) {
            proxy.read(new DataInputViewStreamWrapper(in));
        }
        if (!(proxy.getKeySerializerSnapshot().restoreSerializer() instanceof StringSerializer)) {
            throw new IllegalArgumentException("operator " + operator.getOperatorID() + " is keyed by "
                    + proxy.getKeySerializerSnapshot().restoreSerializer() + ", not by a string: teach SavepointKeys its key type");
        }
        List<KeyedState> states = new ArrayList<>();
        for (StateMetaInfoSnapshot s : proxy.getStateMetaInfoSnapshots()) {
            if (s.getBackendStateType() != StateMetaInfoSnapshot.BackendStateType.KEY_VALUE) continue; // timers
            states.add(new KeyedState(s.getName(), s.getOption(StateMetaInfoSnapshot.CommonOptionsKeys.KEYED_STATE_TYPE),
                    s.getTypeSerializerSnapshot(StateMetaInfoSnapshot.CommonSerializerKeys.VALUE_SERIALIZER).restoreSerializer()));
        }
        return states;
    }

    /** Registers every state of the operator as it was written, and emits each key that holds any of them. */
    private static final class AllKeys extends KeyedStateReaderFunction<String, String> {
        private final List<KeyedState> states;

        AllKeys(List<KeyedState> states) {
            this.states = states;
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public void open(OpenContext context) {
            for (KeyedState s : states) {
                switch (s.kind()) {
                    case "VALUE" -> getRuntimeContext().getState(new ValueStateDescriptor<>(s.name(), (TypeSerializer) s.serializer()));
                    case "LIST" -> getRuntimeContext().getListState(new ListStateDescriptor<>(s.name(),
                            ((ListSerializer) s.serializer()).getElementSerializer()));
                    case "MAP" -> {
                        MapSerializer map = (MapSerializer) s.serializer();
                        getRuntimeContext().getMapState(new MapStateDescriptor<>(s.name(), map.getKeySerializer(), map.getValueSerializer()));
                    }
                    default -> throw new IllegalArgumentException("state " + s.name() + " is of kind " + s.kind()
                            + ": teach SavepointKeys to register it");
                }
            }
        }

        @Override
        public void readKey(String key, Context context, Collector<String> out) throws Exception {
            out.collect(key);
        }
    }
}
