package org.streamrec.engine.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;

/**
 * Checks a hand-written serializer against the class it writes, by reflection, so that a field added
 * to the class and left out of the serializer fails the test: every public field (nested objects,
 * lists and maps included) is set to a value of its own, which must come back; and every field that
 * can be null, left null, must come back null.
 */
final class EveryField {
    private EveryField() {}

    static <T> void roundTrips(TypeSerializer<T> serializer, Class<T> type) throws Exception {
        T filled = filled(type);
        assertEquals(describe(filled), describe(roundTrip(serializer, filled)), type.getSimpleName() + " with every field set");
        assertEquals(describe(filled), describe(serializer.copy(filled)), "copied");
        T empty = type.getConstructor().newInstance();
        nullEveryObjectField(empty);
        assertEquals(describe(empty), describe(roundTrip(serializer, empty)), type.getSimpleName() + " with every object field null");
        TypeSerializerSnapshot<T> snapshot = serializer.snapshotConfiguration();
        DataOutputSerializer out = new DataOutputSerializer(64);
        TypeSerializerSnapshot.writeVersionedSnapshot(out, snapshot);
        TypeSerializerSnapshot<T> restored = TypeSerializerSnapshot.readVersionedSnapshot(
                new DataInputDeserializer(out.getCopyOfBuffer()), EveryField.class.getClassLoader());
        assertTrue(serializer.snapshotConfiguration().resolveSchemaCompatibility(restored).isCompatibleAsIs());
    }

    static <T> T roundTrip(TypeSerializer<T> serializer, T value) throws Exception {
        DataOutputSerializer out = new DataOutputSerializer(64);
        serializer.serialize(value, out);
        DataInputDeserializer in = new DataInputDeserializer(out.getCopyOfBuffer());
        T back = serializer.deserialize(in);
        assertEquals(0, in.available(), "every byte written is read");
        return back;
    }

    /** An instance whose every public field holds a value derived from its name (and {@code salt}), none the default. */
    static <T> T filled(Class<T> type) throws Exception {
        return type.cast(value(type, type, "root", new int[] {1}));
    }

    private static Object value(Class<?> c, Type generic, String name, int[] counter) throws Exception {
        int n = counter[0]++;
        if (c == String.class) return name + "-" + n + "-ü";
        if (c == int.class || c == Integer.class) return n + 3;
        if (c == long.class || c == Long.class) return (1L << 40) + n;
        if (c == double.class || c == Double.class) return n + 0.25;
        if (c == float.class || c == Float.class) return n + 0.5f;
        if (c == boolean.class || c == Boolean.class) return true;
        if (c.isEnum()) return c.getEnumConstants()[n % c.getEnumConstants().length];
        if (c.isArray()) {
            Object array = Array.newInstance(c.getComponentType(), 2);
            for (int i = 0; i < 2; i++) Array.set(array, i, value(c.getComponentType(), c.getComponentType(), name, counter));
            return array;
        }
        if (List.class.isAssignableFrom(c)) {
            Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < 2; i++) list.add(value(raw(element), element, name, counter));
            return list;
        }
        if (Map.class.isAssignableFrom(c)) {
            Type[] kv = ((ParameterizedType) generic).getActualTypeArguments();
            Map<Object, Object> map = new HashMap<>();
            for (int i = 0; i < 2; i++) map.put(value(raw(kv[0]), kv[0], name, counter), value(raw(kv[1]), kv[1], name, counter));
            return map;
        }
        if (c.getName().startsWith("org.streamrec.")) {
            Object o = c.getConstructor().newInstance();
            for (Field f : fields(c)) f.set(o, value(f.getType(), f.getGenericType(), f.getName(), counter));
            return o;
        }
        return fail("teach EveryField the type of " + name + ": " + generic);
    }

    private static Class<?> raw(Type t) {
        return t instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) t;
    }

    private static void nullEveryObjectField(Object o) throws Exception {
        for (Field f : fields(o.getClass())) if (!f.getType().isPrimitive()) f.set(o, null);
    }

    private static List<Field> fields(Class<?> c) {
        List<Field> fields = new ArrayList<>();
        for (Field f : c.getFields()) if (!Modifier.isStatic(f.getModifiers())) fields.add(f);
        return fields;
    }

    /** Every field, nested ones included, as text: maps by sorted key, floating point exactly. */
    static String describe(Object o) throws Exception {
        if (o == null) return "null";
        Class<?> c = o.getClass();
        if (o instanceof Double d) return Long.toHexString(Double.doubleToRawLongBits(d));
        if (o instanceof Float f) return Integer.toHexString(Float.floatToRawIntBits(f));
        if (o instanceof String || o instanceof Number || o instanceof Boolean || c.isEnum()) return o.toString();
        if (c.isArray()) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < Array.getLength(o); i++) items.add(describe(Array.get(o, i)));
            return c.getComponentType().getSimpleName() + items;
        }
        if (o instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            for (Object item : list) items.add(describe(item));
            return "List" + items;
        }
        if (o instanceof Map<?, ?> map) {
            Map<String, String> sorted = new TreeMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) sorted.put(describe(e.getKey()), describe(e.getValue()));
            return "Map" + sorted;
        }
        Map<String, String> byField = new TreeMap<>();
        for (Field f : fields(c)) byField.put(f.getName(), describe(f.get(o)));
        return c.getSimpleName() + byField;
    }
}
