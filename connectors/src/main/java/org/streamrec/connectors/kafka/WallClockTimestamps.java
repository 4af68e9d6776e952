package org.streamrec.connectors.kafka;

import java.util.Optional;
import org.apache.flink.api.common.serialization.SerializationSchema;
import org.apache.flink.connector.kafka.lineage.KafkaDatasetFacet;
import org.apache.flink.connector.kafka.lineage.KafkaDatasetFacetProvider;
import org.apache.flink.connector.kafka.lineage.TypeDatasetFacet;
import org.apache.flink.connector.kafka.lineage.TypeDatasetFacetProvider;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Output records stamped with the time they are written, not the event time of what triggered them.
 * Kafka's time-based retention reads record timestamps: a replay of last year's events would
 * otherwise write outputs that the broker deletes at its next retention check, committed or not.
 */
final class WallClockTimestamps<T> implements KafkaRecordSerializationSchema<T>, KafkaDatasetFacetProvider,
        TypeDatasetFacetProvider {
    private static final long serialVersionUID = 1L;

    private final KafkaRecordSerializationSchema<T> records;

    WallClockTimestamps(KafkaRecordSerializationSchema<T> records) {
        this.records = records;
    }

    @Override
    public void open(SerializationSchema.InitializationContext context, KafkaSinkContext sinkContext) throws Exception {
        records.open(context, sinkContext);
    }

    /** A record without a timestamp gets the producer's clock. */
    @Override
    public ProducerRecord<byte[], byte[]> serialize(T element, KafkaSinkContext context, Long eventTime) {
        return records.serialize(element, context, null);
    }

    @Override
    public Optional<KafkaDatasetFacet> getKafkaDatasetFacet() {
        return records instanceof KafkaDatasetFacetProvider p ? p.getKafkaDatasetFacet() : Optional.empty();
    }

    @Override
    public Optional<TypeDatasetFacet> getTypeDatasetFacet() {
        return records instanceof TypeDatasetFacetProvider p ? p.getTypeDatasetFacet() : Optional.empty();
    }
}
