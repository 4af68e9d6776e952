package org.streamrec.tools.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.streamrec.config.ConfigLoader;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.engine.codec.RejectCode;
import org.streamrec.engine.model.IngestRecord;

class MalformedRecordsTest {
    @Test
    void eachSampleIsRejectedWithItsCode() {
        long now = System.currentTimeMillis();
        EventCodec codec = EventCodec.of(ConfigLoader.defaults());
        List<MalformedRecords.Sample> samples = MalformedRecords.all(now, codec.limits());
        assertEquals(30, samples.size());
        assertEquals(samples.size(), samples.stream().map(MalformedRecords.Sample::name).distinct().count(), "one of each kind");
        for (MalformedRecords.Sample s : samples) {
            IngestRecord r = codec.decode(s.payload(), "t", 0, 0, now);
            assertNotNull(r.deadLetter, s.name() + " was accepted");
            assertEquals(s.expected(), RejectCode.ofReason(r.deadLetter.reason).orElseThrow(), s.name() + ": " + r.deadLetter.reason);
        }
    }
}
