package org.streamrec.engine.replenish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.streamrec.engine.replenish.Fixtures.DAY;
import static org.streamrec.engine.replenish.Fixtures.T0;
import static org.streamrec.engine.replenish.Fixtures.lnDays;

import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.apache.flink.types.Either;
import org.junit.jupiter.api.Test;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.OrderLine;
import org.streamrec.engine.operators.PurchaseIntervalFunction;
import org.streamrec.engine.operators.ItemPriorFunction;
import org.streamrec.engine.operators.CategoryPriorFunction;

// Flink's test harnesses declare close() throws Exception; try-with-resources is still the right way to close them.
/** The user-, item- and category-keyed steps that feed the reminder step. */
@SuppressWarnings("try")
class PriorStepsTest {

    private static Event event(String id, String user, EventType type, long time) {
        Event e = new Event();
        e.eventId = id;
        e.userId = user;
        e.type = type;
        e.eventTime = time;
        return e;
    }

    private static Event purchase(String id, String user, long time, OrderLine... lines) {
        Event e = event(id, user, EventType.PURCHASE, time);
        e.lines = List.of(lines);
        return e;
    }

    @Test
    void purchasesAreSortedIntoEventTimeBeforeIntervalsAreTaken() throws Exception {
        try (var h = ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new PurchaseIntervalFunction(50), (Event e) -> e.userId, Types.STRING)) {
            h.processElement(purchase("p2", "mum", T0 + 21 * DAY, new OrderLine("formula", 1, 20)), T0 + 21 * DAY);
            h.processElement(purchase("p1", "mum", T0, new OrderLine("formula", 3, 20)), T0);
            h.processElement(event("v", "mum", EventType.VIEW, T0 + DAY), T0 + DAY);
            h.processWatermark(T0 + 30 * DAY);
            List<PurchaseObservation> out = h.extractOutputValues();
            assertEquals(2, out.size());
            assertEquals(T0, out.get(0).purchaseTime);
            assertEquals(1, out.get(0).userPurchases);
            assertEquals(lnDays(7), out.get(1).logUnitInterval, 1e-12);
        }
    }

    @Test
    void forgetUserStartsTheHistoryAfresh() throws Exception {
        try (var h = ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new PurchaseIntervalFunction(50), (Event e) -> e.userId, Types.STRING)) {
            h.processElement(purchase("p1", "mum", T0, new OrderLine("formula", 1, 20)), T0);
            h.processElement(event("f", "mum", EventType.FORGET_USER, T0 + DAY), T0 + DAY);
            h.processElement(purchase("p2", "mum", T0 + 7 * DAY, new OrderLine("formula", 1, 20)), T0 + 7 * DAY);
            h.processWatermark(T0 + 30 * DAY);
            List<PurchaseObservation> out = h.extractOutputValues();
            assertEquals(List.of(1, 1), out.stream().map(o -> o.userPurchases).toList());
        }
    }

    @Test
    void theItemStepAppliesCatalogueUpdatesOfTheSameInstantFirst() throws Exception {
        try (var h = ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new ItemPriorFunction(), ItemPriorFunction::key, Types.STRING)) {
            PurchaseObservation early = Fixtures.observation("u1", "formula", T0, 1, 1, 0, null);
            PurchaseObservation second = Fixtures.observation("u1", "formula", T0 + 7 * DAY, 1, 2, 7, null);
            Event flag = event("c1", null, EventType.CATALOGUE_UPDATE, T0 + 7 * DAY);
            flag.itemId = "formula";
            flag.category = "baby";
            flag.replenishable = true;
            h.processElement(Either.Right(second), T0 + 7 * DAY);
            h.processElement(Either.Left(flag), T0 + 7 * DAY);
            h.processElement(Either.Right(early), T0);
            h.processWatermark(T0 + 30 * DAY);
            List<PurchaseObservation> out = h.extractOutputValues();
            assertEquals(2, out.size());
            assertNull(out.get(0).category);
            assertEquals(1, out.get(0).itemStats.buyers);
            assertEquals("baby", out.get(1).category);
            assertEquals(Boolean.TRUE, out.get(1).catalogueReplenishable);
            assertEquals(1, out.get(1).itemStats.rebuyers);
            assertEquals(lnDays(7), out.get(1).itemStats.meanLogInterval(), 1e-12);
        }
    }

    @Test
    void theCategoryStepAccumulatesOverItsItems() throws Exception {
        try (var h = ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new CategoryPriorFunction(), (PurchaseObservation o) -> o.category, Types.STRING)) {
            PurchaseObservation a = Fixtures.observation("u1", "formula", T0, 1, 2, 6, null);
            PurchaseObservation b = Fixtures.observation("u2", "wipes", T0, 1, 2, 10, null);
            a.category = "baby";
            b.category = "baby";
            h.processElement(b, T0);
            h.processElement(a, T0);
            h.processWatermark(T0);
            List<PurchaseObservation> out = h.extractOutputValues();
            assertEquals(List.of("u1", "u2"), out.stream().map(o -> o.userId).toList(), "same instant: by user");
            assertEquals(1, out.get(0).categoryStats.intervals);
            assertEquals(2, out.get(1).categoryStats.intervals);
            assertEquals((lnDays(6) + lnDays(10)) / 2, out.get(1).categoryStats.meanLogInterval(), 1e-12);
        }
    }
}
