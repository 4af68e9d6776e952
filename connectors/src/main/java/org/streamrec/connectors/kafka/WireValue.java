package org.streamrec.connectors.kafka;

import org.apache.flink.api.common.serialization.SerializationSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.util.function.SerializableFunction;

/**
 * The value bytes of a sink's records. It names the record type itself because the Kafka sink
 * asks for it (for lineage) and cannot read it from a lambda.
 */
final class WireValue<T> implements SerializationSchema<T>, ResultTypeQueryable<T> {
    private static final long serialVersionUID = 1L;

    private final Class<T> type;
    private final SerializableFunction<T, byte[]> encoder;

    WireValue(Class<T> type, SerializableFunction<T, byte[]> encoder) {
        this.type = type;
        this.encoder = encoder;
    }

    @Override
    public byte[] serialize(T element) {
        return encoder.apply(element);
    }

    @Override
    public TypeInformation<T> getProducedType() {
        return TypeInformation.of(type);
    }
}
