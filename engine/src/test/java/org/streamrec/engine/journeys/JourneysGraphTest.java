package org.streamrec.engine.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.streamrec.engine.journeys.JourneyEvents.DAY;
import static org.streamrec.engine.journeys.JourneyEvents.HOUR;
import static org.streamrec.engine.journeys.JourneyEvents.T0;
import static org.streamrec.engine.journeys.JourneyEvents.catalogue;
import static org.streamrec.engine.journeys.JourneyEvents.incident;
import static org.streamrec.engine.journeys.JourneyEvents.purchase;
import static org.streamrec.engine.journeys.JourneyEvents.user;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.streamrec.config.EngineConfig;
import org.streamrec.engine.messages.ItemInterest;
import org.streamrec.engine.model.BusinessRule;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.Message;
import org.streamrec.engine.ranking.TestRules;
import org.streamrec.engine.testing.EventStreams;
import org.streamrec.engine.job.JourneysGraph;
import org.streamrec.engine.messages.InterestKind;

/** Every trigger through the whole journeys graph on a MiniCluster, over a bounded list of events. */
class JourneysGraphTest {
    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static final EngineConfig CONFIG = JourneyEvents.config("contact.maxPerDay", "1", "contact.maxPerWeek", "3");

    /** One shopper per story, all on a few items. */
    private static List<Event> shop() {
        List<Event> events = new ArrayList<>();
        events.add(catalogue("lamp", T0, 40.0, 0));
        events.add(catalogue("mug", T0, 10.0, 5));
        events.add(catalogue("tea", T0, 4.5, 100));
        events.add(catalogue("scarf", T0, 30.0, 10));
        events.add(user(EventType.ADD_TO_CART, "ann", "tea", T0 + HOUR));
        events.add(user(EventType.ADD_TO_CART, "ann", "mug", T0 + HOUR + 60_000));
        events.add(user(EventType.ADD_TO_CART, "bob", "mug", T0 + HOUR));
        events.add(purchase("bob", T0 + 2 * HOUR, "mug"));
        events.add(user(EventType.FAVOURITE, "cat", "lamp", T0 + HOUR));
        Event no = user(EventType.CONSENT, "eve", null, T0);
        no.granted = false;
        events.add(no);
        events.add(user(EventType.FAVOURITE, "eve", "lamp", T0 + HOUR));
        events.add(user(EventType.FAVOURITE, "fay", "scarf", T0 + HOUR));
        events.add(incident("fay", T0 + 5 * HOUR, "o-7"));
        events.add(catalogue("lamp", T0 + DAY, null, 3));
        events.add(catalogue("scarf", T0 + DAY, 20.0, null));
        events.add(catalogue("lamp", T0 + DAY + HOUR, 30.0, null));
        return events;
    }

    private static List<Message> run(List<Event> input, WatermarkStrategy<Event> watermarks) throws Exception {
        StreamExecutionEnvironment env = EventStreams.withoutKryo(2);
        EventStreams.Split events = EventStreams.split(env, input, watermarks);
        DataStream<ItemInterest> views = env.fromData(List.of(new ItemInterest("dan", "scarf", InterestKind.VIEWED, T0 + HOUR, null)),
                        TypeInformation.of(ItemInterest.class))
                .assignTimestampsAndWatermarks(WatermarkStrategy.<ItemInterest>forMonotonousTimestamps()
                        .withTimestampAssigner((i, previous) -> i.time));
        DataStream<BusinessRule> rules = env.fromData(List.of(TestRules.rule("tea-week", "item", "tea", null, 10.0)),
                TypeInformation.of(BusinessRule.class));
        JourneysGraph.Journeys journeys = events.journeys(rules, views, CONFIG);
        return journeys.messages().executeAndCollect(1000);
    }

    private static Set<String> described(List<Message> messages) {
        Set<String> out = new TreeSet<>();
        for (Message m : messages) {
            out.add(m.userId + " " + m.kind.wireName() + " " + m.items + " fired " + (m.triggerTime - T0) / HOUR
                    + "h sent " + (m.sendTime - T0) / HOUR + "h offer " + m.offer.itemId + " id " + m.messageId);
        }
        return out;
    }

    @Test
    void everyTriggerFiresForWhoShouldHaveItUnderTheContactPolicyAlikeInEveryOrder() throws Exception {
        List<Message> messages = run(shop(), WatermarkStrategy.forMonotonousTimestamps());
        Set<String> got = described(messages);
        List<String> withoutIds = got.stream().map(s -> s.substring(0, s.indexOf(" id "))).toList();
        assertEquals(List.of(
                "ann abandoned_cart [mug, tea] fired 3h sent 3h offer tea",
                "cat back_in_stock [lamp] fired 24h sent 24h offer lamp",
                "cat price_drop [lamp] fired 25h sent 48h offer lamp",
                "dan price_drop [scarf] fired 24h sent 24h offer scarf",
                "fay price_drop [scarf] fired 24h sent 29h offer scarf",
                "fay service_incident [scarf] fired 5h sent 5h offer scarf"), withoutIds,
                "bob bought; eve said no; cat's price drop waits a day for the cap, within a day of delay");
        messages.forEach(m -> assertNotNull(m.offer.reason));

        List<Event> shuffled = new ArrayList<>(shop());
        Collections.shuffle(shuffled, new Random(11));
        assertEquals(got, described(run(shuffled, WatermarkStrategy.forBoundedOutOfOrderness(Duration.ofDays(30)))));
    }
}
