package org.streamrec.engine.testing;

import java.util.List;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;

/** Bounded event streams for graph tests on a MiniCluster. */
public final class EventStreams {
    private EventStreams() {}

    /** An environment with Kryo disabled, so any type that would fall back to it fails the job. */
    public static StreamExecutionEnvironment withoutKryo(int parallelism) {
        Configuration noKryo = new Configuration();
        noKryo.set(PipelineOptions.GENERIC_TYPES, false);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(noKryo);
        env.setParallelism(parallelism);
        return env;
    }

    /** The events, stamped with their event time, spread over the parallel tasks; user events and catalogue updates apart. */
    public static Split split(StreamExecutionEnvironment env, List<Event> input, WatermarkStrategy<Event> watermarks) {
        DataStream<Event> all = env.fromData(input, TypeInformation.of(Event.class))
                .assignTimestampsAndWatermarks(watermarks.withTimestampAssigner((e, previous) -> e.eventTime))
                .rebalance();
        return new Split(all.filter(e -> e.type != EventType.CATALOGUE_UPDATE), all.filter(e -> e.type == EventType.CATALOGUE_UPDATE));
    }

    public record Split(DataStream<Event> userEvents, DataStream<Event> catalogueUpdates) {}
}
