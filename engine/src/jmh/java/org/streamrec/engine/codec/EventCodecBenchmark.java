package org.streamrec.engine.codec;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.streamrec.config.ConfigLoader;
import org.streamrec.engine.model.IngestRecord;

/**
 * Decoding, which the source does for every record: a typical view and purchase (the documented
 * examples' shape), and two rejections, one the parser finds and one found after parsing.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EventCodecBenchmark {
    private static final long NOW = 1_741_000_000_000L;

    private final EventCodec codec = EventCodec.of(ConfigLoader.defaults());
    private final byte[] view = utf8("{\"eventId\": \"e-1001\", \"type\": \"view\", \"eventTime\": 1740821400000, "
            + "\"userId\": \"u-17\", \"itemId\": \"sku-311\", \"category\": \"tea\", \"channel\": \"web\", \"timeZone\": \"Europe/Berlin\"}");
    private final byte[] purchase = utf8("{\"eventId\": \"e-1006\", \"type\": \"purchase\", \"eventTime\": \"2025-03-01T09:36:00Z\", "
            + "\"userId\": \"u-17\", \"orderId\": \"o-5521\", \"channel\": \"web\", \"lines\": [{\"itemId\": \"sku-311\", "
            + "\"quantity\": 2, \"unitPrice\": 4.5}, {\"itemId\": \"sku-090\", \"quantity\": 1, \"unitPrice\": 12.0}]}");
    private final byte[] truncated = utf8("{\"eventId\": \"e-1001\", \"type\": \"view\", \"eventTime\": 1740821400000, \"userId\":");
    private final byte[] missingUser = utf8("{\"eventId\": \"e-1001\", \"type\": \"view\", \"eventTime\": 1740821400000, "
            + "\"itemId\": \"sku-311\"}");

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public IngestRecord view() {
        return codec.decode(view, "recs.events", 0, 0, NOW);
    }

    @Benchmark
    public IngestRecord purchase() {
        return codec.decode(purchase, "recs.events", 0, 0, NOW);
    }

    @Benchmark
    public IngestRecord badJson() {
        return codec.decode(truncated, "recs.events", 0, 0, NOW);
    }

    @Benchmark
    public IngestRecord missingField() {
        return codec.decode(missingUser, "recs.events", 0, 0, NOW);
    }
}
