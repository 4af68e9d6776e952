package org.streamrec.engine.serialization;

import java.io.IOException;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.core.memory.DataOutputView;

/**
 * A hand-written serializer of a mutable class, field by field in a fixed order: what Flink's POJO
 * serializer does by reflection, with a null flag per field, costs several times more for the job's
 * hot records. A subclass writes and reads the fields; copies go through the bytes (the job runs with
 * object reuse, so Flink copies these records only in tests and harnesses). A new field needs a new
 * snapshot version only where the type is kept in state; the serializer tests fail for a field left out.
 */
public abstract class ExplicitSerializer<T> extends TypeSerializerSingleton<T> {

    @Override
    public final boolean isImmutableType() {
        return false;
    }

    @Override
    public final T copy(T from) {
        try {
            DataOutputSerializer out = new DataOutputSerializer(256);
            serialize(from, out);
            return deserialize(new DataInputDeserializer(out.getSharedBuffer(), 0, out.length()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot copy " + from, e);
        }
    }

    @Override
    public final T copy(T from, T reuse) {
        return copy(from);
    }

    @Override
    public final int getLength() {
        return -1;
    }

    @Override
    public final T deserialize(T reuse, DataInputView in) throws IOException {
        return deserialize(in);
    }

    @Override
    public final void copy(DataInputView in, DataOutputView out) throws IOException {
        serialize(deserialize(in), out);
    }
}
