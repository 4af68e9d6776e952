package org.streamrec.tools.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamNode;
import org.junit.jupiter.api.Test;
import org.streamrec.config.ConfigLoader;
import org.streamrec.config.EngineConfig;
import org.streamrec.connectors.kafka.KafkaIO;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.engine.job.RecommendationJob;

/**
 * The production graph sends network buffers after {@code runtime.bufferTimeout} on the serving path
 * (the events source, identity, the user profile) and after {@code runtime.learningBufferTimeout}
 * everywhere else.
 */
class BufferTimeoutsTest {
    @Test
    void theServingPathFlushesSoonerThanTheRest() {
        EngineConfig config = ConfigLoader.load(null, Map.of("runtime.bufferTimeout", "7ms", "runtime.learningBufferTimeout", "150ms"));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(RecommendationJob.flinkConfiguration(config));
        RecommendationJob.assemble(env, config, KafkaIO.unchecked(config.kafka(), EventCodec.of(config), "buffer-timeouts"));
        Map<String, Long> byUid = new TreeMap<>();
        for (StreamNode node : env.getStreamGraph().getStreamNodes()) byUid.put(node.getTransformationUID(), node.getBufferTimeout());

        Map<String, Long> expected = Map.of(
                "events-source", 7L, "route-dead-letters", 7L, "identity-anonymous", 7L, "identity-links", 7L, "user-profile", 7L,
                "count-items", 150L, "item-neighbours", 150L, "item-cards", 150L, "rank", 150L, "attribution", 150L);
        Map<String, Long> actual = new TreeMap<>();
        expected.keySet().forEach(uid -> actual.put(uid, byUid.get(uid)));
        assertEquals(new TreeMap<>(expected), actual);
    }
}
