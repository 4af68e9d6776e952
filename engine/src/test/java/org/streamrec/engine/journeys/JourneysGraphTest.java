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
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.metrics.groups.OperatorMetricGroup;
import org.apache.flink.runtime.testutils.InMemoryReporter;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
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
    private static final int PARALLELISM = 2;
    private static final InMemoryReporter METRICS = InMemoryReporter.create();

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setConfiguration(METRICS.addToConfiguration(new Configuration()))
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(PARALLELISM).build());

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
        StreamExecutionEnvironment env = EventStreams.withoutKryo(PARALLELISM);
        List<BusinessRule> rules = List.of(TestRules.rule("tea-week", "item", "tea", null, 10.0));
        long sharedUpdates = input.stream().filter(e -> e.type == EventType.CATALOGUE_UPDATE).count() + rules.size();
        EventStreams.Split split = EventStreams.split(env, input, watermarks);
        EventStreams.Split events = new EventStreams.Split(split.userEvents()
                .transform("held until the offers know the shop", TypeInformation.of(Event.class), new HeldUntilOffersKnow(sharedUpdates))
                .startNewChain(), split.catalogueUpdates());
        DataStream<ItemInterest> views = env.fromData(List.of(new ItemInterest("dan", "scarf", InterestKind.VIEWED, T0 + HOUR, null)),
                        TypeInformation.of(ItemInterest.class))
                .assignTimestampsAndWatermarks(WatermarkStrategy.<ItemInterest>forMonotonousTimestamps()
                        .withTimestampAssigner((i, previous) -> i.time));
        JourneysGraph.Journeys journeys = events.journeys(env.fromData(rules, TypeInformation.of(BusinessRule.class)), views, CONFIG);
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

    /**
     * The offers step takes item cards and rules as they arrive, beside the messages (JourneysGraph); in
     * a shop they are known long before a trigger fires, but here bounded sources race. So the shoppers'
     * events, watermarks included, wait until every offers subtask has taken in every shared update: no
     * message can reach the offers step while they wait, so the records it has taken in are those
     * updates. Not chained, as the task upstream also turns the catalogue into the cards.
     */
    private static final class HeldUntilOffersKnow extends AbstractStreamOperator<Event> implements OneInputStreamOperator<Event, Event> {
        private static final String OFFERS = "messages: offers";

        private final long sharedUpdates;
        private transient boolean released;

        HeldUntilOffersKnow(long sharedUpdates) {
            this.sharedUpdates = sharedUpdates;
        }

        @Override
        public void processElement(StreamRecord<Event> record) throws Exception {
            awaitOffers();
            output.collect(record);
        }

        @Override
        public void processWatermark(Watermark mark) throws Exception {
            awaitOffers();
            super.processWatermark(mark);
        }

        private void awaitOffers() throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!released && !offersTookIn()) {
                if (System.nanoTime() > deadline) throw new IllegalStateException("'" + OFFERS + "' did not take in the " + sharedUpdates + " shared updates");
                Thread.sleep(10);
            }
            released = true;
        }

        private boolean offersTookIn() {
            List<OperatorMetricGroup> offers = METRICS.findOperatorMetricGroups(getRuntimeContext().getJobInfo().getJobId(), OFFERS);
            return offers.size() == PARALLELISM
                    && offers.stream().allMatch(o -> o.getIOMetricGroup().getNumRecordsInCounter().getCount() >= sharedUpdates);
        }
    }
}
