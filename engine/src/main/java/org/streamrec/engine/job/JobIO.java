package org.streamrec.engine.job;

import java.util.Objects;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.streamrec.engine.model.Attribution;
import org.streamrec.engine.model.DeadLetter;
import org.streamrec.engine.model.IngestRecord;
import org.streamrec.engine.model.IntentAlert;
import org.streamrec.engine.model.Message;
import org.streamrec.engine.model.Recommendation;
import org.streamrec.engine.model.Reminder;

/**
 * Where the job reads and writes. Production passes Kafka; the demo, the evaluation, the benchmarks
 * and the tests pass their own, and the graph between stays the same. Build it with
 * {@link #reading}: an output nobody asks for is discarded, and a job without a rules source has
 * no business rules.
 */
public record JobIO(
        Source<IngestRecord, ?, ?> events,
        /** Business rules (IngestRecord.rule, or dead letters); null where there are none. */
        Source<IngestRecord, ?, ?> rules,
        Sink<Recommendation> recommendations,
        Sink<Reminder> reminders,
        Sink<Message> messages,
        Sink<IntentAlert> alerts,
        Sink<DeadLetter> deadLetters,
        /** Attributed clicks, carts and purchases ({@link AttributionGraph}). */
        Sink<Attribution> attributions) {

    public JobIO {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(recommendations, "recommendations");
        Objects.requireNonNull(reminders, "reminders");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(alerts, "alerts");
        Objects.requireNonNull(deadLetters, "deadLetters");
        Objects.requireNonNull(attributions, "attributions");
    }

    /** A job reading {@code events}, with no rules and every output discarded until set. */
    public static Builder reading(Source<IngestRecord, ?, ?> events) {
        return new Builder(events);
    }

    public static final class Builder {
        private final Source<IngestRecord, ?, ?> events;
        private Source<IngestRecord, ?, ?> rules;
        private Sink<Recommendation> recommendations = new DiscardingSink<>();
        private Sink<Reminder> reminders = new DiscardingSink<>();
        private Sink<Message> messages = new DiscardingSink<>();
        private Sink<IntentAlert> alerts = new DiscardingSink<>();
        private Sink<DeadLetter> deadLetters = new DiscardingSink<>();
        private Sink<Attribution> attributions = new DiscardingSink<>();

        private Builder(Source<IngestRecord, ?, ?> events) {
            this.events = events;
        }

        public Builder rules(Source<IngestRecord, ?, ?> rules) {
            this.rules = rules;
            return this;
        }

        public Builder recommendations(Sink<Recommendation> sink) {
            this.recommendations = sink;
            return this;
        }

        public Builder reminders(Sink<Reminder> sink) {
            this.reminders = sink;
            return this;
        }

        public Builder messages(Sink<Message> sink) {
            this.messages = sink;
            return this;
        }

        public Builder alerts(Sink<IntentAlert> sink) {
            this.alerts = sink;
            return this;
        }

        public Builder deadLetters(Sink<DeadLetter> sink) {
            this.deadLetters = sink;
            return this;
        }

        public Builder attributions(Sink<Attribution> sink) {
            this.attributions = sink;
            return this;
        }

        public JobIO build() {
            return new JobIO(events, rules, recommendations, reminders, messages, alerts, deadLetters, attributions);
        }
    }
}
