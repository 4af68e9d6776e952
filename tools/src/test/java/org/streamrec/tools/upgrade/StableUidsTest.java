package org.streamrec.tools.upgrade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamGraph;
import org.apache.flink.streaming.api.graph.StreamNode;
import org.junit.jupiter.api.Test;
import org.streamrec.config.ConfigLoader;
import org.streamrec.config.EngineConfig;
import org.streamrec.connectors.kafka.KafkaIO;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.engine.job.RecommendationJob;

/**
 * A savepoint finds its operators by uid: an operator without one gets a hash of its place in the
 * graph, which any change upstream moves, and its state is then lost (or the restore refused). The
 * production graph, with Kafka's sources and sinks (the exactly-once reminders sink adds a committer),
 * must give every operator an explicit uid, each its own.
 */
class StableUidsTest {
    @Test
    void everyOperatorOfTheProductionGraphHasItsOwnExplicitUid() {
        EngineConfig config = ConfigLoader.defaults();
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(RecommendationJob.flinkConfiguration(config));
        RecommendationJob.assemble(env, config, KafkaIO.unchecked(config.kafka(), EventCodec.of(config), "uids-reminders"));
        StreamGraph graph = env.getStreamGraph();

        List<String> withoutUid = new ArrayList<>();
        Map<String, List<String>> operatorsByUid = new HashMap<>();
        for (StreamNode node : graph.getStreamNodes()) {
            String uid = node.getTransformationUID();
            if (uid == null || uid.isBlank()) withoutUid.add(node.getOperatorName());
            else operatorsByUid.computeIfAbsent(uid, u -> new ArrayList<>()).add(node.getOperatorName());
        }
        assertTrue(withoutUid.isEmpty(), "operators without a uid (add .uid(...) in RecommendationJob): " + withoutUid);
        operatorsByUid.forEach((uid, operators) -> assertEquals(1, operators.size(), "uid " + uid + " is shared by " + operators));
        assertTrue(operatorsByUid.size() >= 30, "the walk found only " + operatorsByUid.keySet());
        System.out.printf("stable uids: %d operators, each with its own uid%n", operatorsByUid.size());
    }
}
