package org.streamrec.connectors.kafka;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.engine.model.IngestRecord;

/** Parses each record of the rules topic into a business rule, or a dead letter; never fails the job. */
public final class RuleRecordDeserializer implements KafkaRecordDeserializationSchema<IngestRecord> {
    private static final long serialVersionUID = 1L;

    private final EventCodec codec;

    public RuleRecordDeserializer(EventCodec codec) {
        this.codec = codec;
    }

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<IngestRecord> out) {
        out.collect(codec.decodeRule(record.value(), record.topic(), record.partition(), record.offset()));
    }

    @Override
    public TypeInformation<IngestRecord> getProducedType() {
        return IngestRecordDeserializer.TYPE;
    }
}
