package org.streamrec.engine.model;

/**
 * What a source hands the job: a parsed event (or, from the rules topic, a business rule) or a dead
 * letter, never two of them. Sources parse
 * while deserialising, so the event time is known at the source and watermarks can be per split.
 */
public class IngestRecord {
    public Event event;
    public DeadLetter deadLetter;
    public BusinessRule rule;

    public IngestRecord() {}

    public static IngestRecord of(Event event) {
        IngestRecord r = new IngestRecord();
        r.event = event;
        return r;
    }

    public static IngestRecord of(BusinessRule rule) {
        IngestRecord r = new IngestRecord();
        r.rule = rule;
        return r;
    }

    public static IngestRecord rejected(DeadLetter deadLetter) {
        IngestRecord r = new IngestRecord();
        r.deadLetter = deadLetter;
        return r;
    }
}
