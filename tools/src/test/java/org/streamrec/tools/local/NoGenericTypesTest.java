package org.streamrec.tools.local;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.runtime.PojoSerializer;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.streamrec.config.ConfigLoader;
import org.streamrec.config.EngineConfig;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.engine.job.JobIO;
import org.streamrec.engine.job.RecommendationJob;
import org.streamrec.engine.profile.UserState;
import org.streamrec.engine.ranking.CatalogueItem;
import org.streamrec.engine.similarity.ItemCount;
import org.streamrec.engine.similarity.PairStats;
import org.streamrec.engine.trending.TopItems;
import org.streamrec.engine.trending.WindowedCount;

/**
 * No Kryo anywhere: with generic types disabled (as the job runs), building the stream graph
 * creates a serializer for every edge and fails on any type Flink would hand to Kryo; keyed state
 * types are checked one by one, since the graph does not show them.
 */
class NoGenericTypesTest {
    private final EngineConfig config = ConfigLoader.defaults();

    private StreamExecutionEnvironment environment() {
        return StreamExecutionEnvironment.getExecutionEnvironment(RecommendationJob.flinkConfiguration(config));
    }

    @Test
    void everyRecordTypeOfTheJobGraphHasAFlinkSerializer() {
        StreamExecutionEnvironment env = environment();
        RecommendationJob.assemble(env, config,
                JobIO.reading(new ReplaySource(List.of(), new EventCodec(Duration.ofHours(1)), 0).source())
                        .rules(EmptySource.noRules()).build());
        assertDoesNotThrow(() -> env.getStreamGraph());
    }

    @Test
    void aGenericTypeOnAnEdgeFailsTheGraph() {
        StreamExecutionEnvironment env = environment();
        assertThrows(UnsupportedOperationException.class, () -> {
            env.fromData(new NotAPojo("x"), new NotAPojo("y")).sinkTo(new DiscardingSink<>());
            env.getStreamGraph();
        });
    }

    @ParameterizedTest
    @ValueSource(classes = {UserState.class, PairStats.class, ItemCount.class, CatalogueItem.class, TopItems.class,
            WindowedCount.class})
    void everyKeyedStateTypeIsAPojo(Class<?> stateType) {
        SerializerConfigImpl noGenerics = new SerializerConfigImpl(RecommendationJob.flinkConfiguration(config));
        assertInstanceOf(PojoSerializer.class, TypeInformation.of(stateType).createSerializer(noGenerics));
    }

    @Test
    void aStateTypeWithAGenericFieldIsRefused() {
        SerializerConfigImpl noGenerics = new SerializerConfigImpl(RecommendationJob.flinkConfiguration(config));
        assertThrows(UnsupportedOperationException.class,
                () -> TypeInformation.of(HoldsGeneric.class).createSerializer(noGenerics));
    }

    /** No no-argument constructor: Flink can only serialise it with Kryo. */
    static final class NotAPojo {
        final String value;

        NotAPojo(String value) {
            this.value = value;
        }
    }

    /** A POJO whose field is not one. */
    public static class HoldsGeneric {
        public NotAPojo inner;

        public HoldsGeneric() {}
    }
}
