package org.streamrec.engine.operators;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.streamrec.config.ContactConfig;
import org.streamrec.config.ReminderConfig;
import org.streamrec.engine.contact.ContactBook;
import org.streamrec.engine.contact.ContactDesk;
import org.streamrec.engine.contact.ContactLog;
import org.streamrec.engine.contact.SuppressReason;
import org.streamrec.engine.contact.ContactInput;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.Message;
import org.streamrec.engine.model.MessageKind;
import org.streamrec.engine.model.Reminder;
import org.streamrec.engine.replenish.ReminderTransition;

/**
 * Keyed by user: the contact step ({@link ContactDesk}) on event-time timers. Reminders leave on the
 * main output, triggered offers on {@link #MESSAGES}, each stamped with the event time it was sent at.
 * Within a timestamp, triggered offers apply first, then purchases, then consent and forget_user, so
 * a purchase cancels an offer fired at the same instant and a forget_user or a withdrawn consent wins
 * over both. forget_user drops all of the user's state here.
 */
public class ContactFunction extends EventTimeOrderedFunction<ContactInput, Reminder> {
    public static final OutputTag<Message> MESSAGES = new OutputTag<>("messages") {};

    private static final Comparator<ContactInput> ORDER = Comparator
            .<ContactInput>comparingInt(in -> in.triggered != null ? 0 : in.purchase != null ? 1 : 2)
            .thenComparing(in -> in.triggered != null ? in.triggered.kind.wireName() + "\n" + in.triggered.triggerEventId
                    : in.purchase != null ? in.purchase.itemId
                    : in.event.type.ordinal() + "\n" + in.event.eventId);

    private final ContactConfig contact;
    private final ReminderConfig reminders;
    private transient ContactDesk desk;
    private transient ValueState<ContactBook> book;
    private transient ContactLog log;

    public ContactFunction(ContactConfig contact, ReminderConfig reminders) {
        super(TypeInformation.of(ContactInput.class));
        this.contact = contact;
        this.reminders = reminders;
    }

    @Override
    public void open(OpenContext openContext) throws Exception {
        super.open(openContext);
        desk = new ContactDesk(contact, reminders);
        book = getRuntimeContext().getState(new ValueStateDescriptor<>("contactBook", ContactBook.class));
        log = metrics(getRuntimeContext().getMetricGroup());
    }

    /** messagesSent{kind} and messagesSuppressed{kind,reason} in the engine's group; reminders' own counters as before. */
    private static ContactLog metrics(MetricGroup operator) {
        Map<ReminderTransition, Counter> transitions = new EnumMap<>(ReminderTransition.class);
        for (ReminderTransition t : ReminderTransition.values()) {
            String name = t.name().charAt(0) + t.name().substring(1).toLowerCase();
            transitions.put(t, operator.counter("reminders" + name));
        }
        MetricGroup engine = EngineMetrics.of(operator);
        EngineMetrics.LabelledCounter sent = EngineMetrics.counter(engine, "messagesSent", "kind");
        EngineMetrics.LabelledCounter suppressed = EngineMetrics.counter(engine, "messagesSuppressed", "kind", "reason");
        for (MessageKind kind : MessageKind.values()) {
            sent.register(kind.wireName());
            for (SuppressReason reason : SuppressReason.values()) suppressed.register(kind.wireName(), reason.label());
        }
        return new ContactLog() {
            @Override
            public void sent(MessageKind kind) {
                sent.inc(kind.wireName());
            }

            @Override
            public void suppressed(MessageKind kind, SuppressReason reason) {
                suppressed.add(1, kind.wireName(), reason.label());
            }

            @Override
            public void reminder(ReminderTransition t) {
                transitions.get(t).inc();
            }
        };
    }

    @Override
    protected Comparator<ContactInput> order() {
        return ORDER;
    }

    @Override
    protected void processInOrder(ContactInput in, long time, Context ctx, Collector<Reminder> out) throws Exception {
        ContactBook b = book.value();
        if (b == null) b = new ContactBook();
        if (in.event != null && in.event.type == EventType.FORGET_USER) {
            desk.onForget(b, log);
            book.clear();
            return;
        }
        if (in.purchase != null) {
            desk.onPurchase(b, in.purchase, log);
        } else if (in.triggered != null) {
            desk.onTriggered(b, in.triggered, in.timeZone, log);
        } else {
            desk.onTimeZone(b, in.event.timeZone);
            if (in.event.type == EventType.CONSENT && in.event.granted != null) desk.onConsent(b, in.event.granted, log);
        }
        book.update(b);
    }

    @Override
    protected void onTime(long time, OnTimerContext ctx, Collector<Reminder> out) throws Exception {
        ContactBook b = book.value();
        OptionalLong next = OptionalLong.empty();
        if (b != null) {
            desk.onTime(b, ctx.getCurrentKey(), time, out::collect, m -> ctx.output(MESSAGES, m), log);
            next = desk.nextWakeUp(b, time);
            book.update(b);
        }
        wakeUpAt(next, time, ctx);
    }
}
