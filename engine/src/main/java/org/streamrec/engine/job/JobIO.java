package org.streamrec.engine.job;

import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Source;
import org.streamrec.engine.model.DeadLetter;
import org.streamrec.engine.model.IngestRecord;
import org.streamrec.engine.model.Recommendation;
import org.streamrec.engine.model.Reminder;

/**
 * Where the job reads and writes. Production passes Kafka; the demo, the evaluation, the benchmarks
 * and the tests pass their own, and the graph between stays the same.
 */
public record JobIO(
        Source<IngestRecord, ?, ?> events,
        /** Business rules (IngestRecord.rule, or dead letters); an empty bounded source where there are none. */
        Source<IngestRecord, ?, ?> rules,
        Sink<Recommendation> recommendations,
        Sink<Reminder> reminders,
        Sink<DeadLetter> deadLetters) {}
