package org.streamrec.engine.replenish;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.types.Either;
import org.apache.flink.util.Collector;
import org.streamrec.config.ReminderConfig;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.Reminder;

/**
 * Keyed by user: runs the {@link ReminderLifecycle} on event-time timers. Left inputs are the user's
 * consent, forget_user and time-zone-carrying events; right inputs are enriched purchase
 * observations, which apply first within a timestamp, so a forget_user or a withdrawn consent at the
 * same instant as a purchase wins. forget_user drops all of the user's state here.
 */
class ReminderFunction extends EventTimeOrderedFunction<Either<Event, PurchaseObservation>, Reminder> {
    private final ReminderConfig config;
    private transient ReminderLifecycle lifecycle;
    private transient ValueState<ReminderBook> book;
    /** The wake-up timer currently registered for the user's reminders. */
    private transient ValueState<Long> wakeUp;
    private transient Consumer<ReminderTransition> metrics;

    ReminderFunction(ReminderConfig config) {
        super(ItemPriorFunction.INPUT_TYPE);
        this.config = config;
    }

    @Override
    public void open(OpenContext openContext) throws Exception {
        super.open(openContext);
        lifecycle = new ReminderLifecycle(config);
        book = getRuntimeContext().getState(new ValueStateDescriptor<>("reminderBook", ReminderBook.class));
        wakeUp = getRuntimeContext().getState(new ValueStateDescriptor<>("wakeUp", Types.LONG));
        Map<ReminderTransition, Counter> counters = new EnumMap<>(ReminderTransition.class);
        for (ReminderTransition t : ReminderTransition.values()) {
            String name = t.name().charAt(0) + t.name().substring(1).toLowerCase();
            counters.put(t, getRuntimeContext().getMetricGroup().counter("reminders" + name));
        }
        metrics = t -> counters.get(t).inc();
    }

    @Override
    protected Comparator<Either<Event, PurchaseObservation>> order() {
        return InputOrder.mixed(false);
    }

    @Override
    protected void processInOrder(Either<Event, PurchaseObservation> in, long time, Context ctx,
                                  Collector<Reminder> out) throws Exception {
        if (in.isLeft() && in.left().type == EventType.FORGET_USER) {
            book.clear();
            return;
        }
        ReminderBook b = book.value();
        if (b == null) b = new ReminderBook();
        if (in.isRight()) {
            lifecycle.onPurchase(b, in.right(), metrics);
        } else {
            Event e = in.left();
            if (e.timeZone != null) lifecycle.onTimeZone(b, e.timeZone);
            if (e.type == EventType.CONSENT && e.granted != null) lifecycle.onConsent(b, e.granted, metrics);
        }
        book.update(b);
    }

    @Override
    protected void onTime(long time, OnTimerContext ctx, Collector<Reminder> out) throws Exception {
        ReminderBook b = book.value();
        OptionalLong next = OptionalLong.empty();
        if (b != null) {
            lifecycle.onTime(b, ctx.getCurrentKey(), time, metrics).ifPresent(out::collect);
            next = lifecycle.nextWakeUp(b, time);
            book.update(b);
        }
        Long registered = wakeUp.value();
        if (registered != null && registered > time && (next.isEmpty() || next.getAsLong() != registered)
                && !recordsWaitAt(registered)) {
            ctx.timerService().deleteEventTimeTimer(registered);
        }
        if (next.isPresent()) {
            ctx.timerService().registerEventTimeTimer(next.getAsLong());
            wakeUp.update(next.getAsLong());
        } else {
            wakeUp.clear();
        }
    }

    static String userKey(Either<Event, PurchaseObservation> in) {
        return in.isLeft() ? in.left().userId : in.right().userId;
    }
}
