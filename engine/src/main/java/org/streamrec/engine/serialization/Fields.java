package org.streamrec.engine.serialization;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.types.StringValue;

/** Writing and reading the field types the job's records hold; every one may be null. */
final class Fields {
    private static final int NULL = -1;

    private Fields() {}

    static void writeString(String s, DataOutputView out) throws IOException {
        StringValue.writeString(s, out);
    }

    static String readString(DataInputView in) throws IOException {
        return StringValue.readString(in);
    }

    static void writeStrings(String[] values, DataOutputView out) throws IOException {
        if (writeLength(values == null ? NULL : values.length, out)) for (String s : values) StringValue.writeString(s, out);
    }

    static String[] readStrings(DataInputView in) throws IOException {
        int n = in.readInt();
        if (n == NULL) return null;
        String[] values = new String[n];
        for (int i = 0; i < n; i++) values[i] = StringValue.readString(in);
        return values;
    }

    static void writeStringList(List<String> values, DataOutputView out) throws IOException {
        if (writeLength(values == null ? NULL : values.size(), out)) for (String s : values) StringValue.writeString(s, out);
    }

    static List<String> readStringList(DataInputView in) throws IOException {
        int n = in.readInt();
        if (n == NULL) return null;
        List<String> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) values.add(StringValue.readString(in));
        return values;
    }

    static void writeDoubles(double[] values, DataOutputView out) throws IOException {
        if (writeLength(values == null ? NULL : values.length, out)) for (double v : values) out.writeDouble(v);
    }

    static double[] readDoubles(DataInputView in) throws IOException {
        int n = in.readInt();
        if (n == NULL) return null;
        double[] values = new double[n];
        for (int i = 0; i < n; i++) values[i] = in.readDouble();
        return values;
    }

    static void writeFloats(float[] values, DataOutputView out) throws IOException {
        if (writeLength(values == null ? NULL : values.length, out)) for (float v : values) out.writeFloat(v);
    }

    static float[] readFloats(DataInputView in) throws IOException {
        int n = in.readInt();
        if (n == NULL) return null;
        float[] values = new float[n];
        for (int i = 0; i < n; i++) values[i] = in.readFloat();
        return values;
    }

    static void writeInts(int[] values, DataOutputView out) throws IOException {
        if (writeLength(values == null ? NULL : values.length, out)) for (int v : values) out.writeInt(v);
    }

    static int[] readInts(DataInputView in) throws IOException {
        int n = in.readInt();
        if (n == NULL) return null;
        int[] values = new int[n];
        for (int i = 0; i < n; i++) values[i] = in.readInt();
        return values;
    }

    static void writeDouble(Double value, DataOutputView out) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) out.writeDouble(value);
    }

    static Double readDouble(DataInputView in) throws IOException {
        return in.readBoolean() ? in.readDouble() : null;
    }

    static void writeInteger(Integer value, DataOutputView out) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) out.writeInt(value);
    }

    static Integer readInteger(DataInputView in) throws IOException {
        return in.readBoolean() ? in.readInt() : null;
    }

    /** null, false, true as 0, 1, 2. */
    static void writeBoolean(Boolean value, DataOutputView out) throws IOException {
        out.writeByte(value == null ? 0 : value ? 2 : 1);
    }

    static Boolean readBoolean(DataInputView in) throws IOException {
        byte b = in.readByte();
        return b == 0 ? null : b == 2;
    }

    /** Writes the length (or {@link #NULL}); true when elements follow. */
    static boolean writeLength(int length, DataOutputView out) throws IOException {
        out.writeInt(length);
        return length > 0;
    }
}
