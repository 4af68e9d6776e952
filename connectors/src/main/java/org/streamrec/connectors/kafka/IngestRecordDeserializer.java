package org.streamrec.connectors.kafka;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.engine.model.IngestRecord;

/**
 * Parses each Kafka record while it is read, so the source already knows event times. Never
 * fails the job: a record that cannot be used comes out as an {@link IngestRecord} holding a dead
 * letter with its topic, partition and offset.
 */
public final class IngestRecordDeserializer implements KafkaRecordDeserializationSchema<IngestRecord> {
    private static final long serialVersionUID = 1L;

    /** IngestRecord, Event, OrderLine and DeadLetter as Flink POJOs: no Kryo anywhere in the tree. */
    public static final TypeInformation<IngestRecord> TYPE = Types.POJO(IngestRecord.class);

    private final EventCodec codec;

    public IngestRecordDeserializer(EventCodec codec) {
        this.codec = codec;
    }

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<IngestRecord> out) {
        out.collect(codec.decode(record.value(), record.topic(), record.partition(), record.offset(),
                System.currentTimeMillis()));
    }

    @Override
    public TypeInformation<IngestRecord> getProducedType() {
        return TYPE;
    }
}
