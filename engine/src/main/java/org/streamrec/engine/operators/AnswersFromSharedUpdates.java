package org.streamrec.engine.operators;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.runtime.state.StateInitializationContext;
import org.apache.flink.runtime.state.StateSnapshotContext;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.TwoInputStreamOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.streamrec.engine.messages.ItemCard;
import org.streamrec.engine.messages.SharedUpdate;
import org.streamrec.engine.model.BusinessRule;

/**
 * Not keyed: answers its first input from what is broadcast on its second (the rankings, the
 * messages' offers). Item cards go to the subclass, which keeps what it needs of them on the heap: the
 * item side publishes them all again after a restore. The few business rules come only once, so they
 * are union operator state here.
 */
abstract class AnswersFromSharedUpdates<IN, OUT> extends AbstractStreamOperator<OUT>
        implements TwoInputStreamOperator<IN, SharedUpdate, OUT> {
    private static final ListStateDescriptor<BusinessRule> RULES = new ListStateDescriptor<>("business-rules", BusinessRule.class);

    private transient Map<String, BusinessRule> rules;
    private transient ListState<BusinessRule> ruleState;

    @Override
    public void initializeState(StateInitializationContext context) throws Exception {
        super.initializeState(context);
        ruleState = context.getOperatorStateStore().getUnionListState(RULES);
        rules = new HashMap<>();
        for (BusinessRule r : ruleState.get()) rules.put(r.ruleId, r);
    }

    @Override
    public void snapshotState(StateSnapshotContext context) throws Exception {
        super.snapshotState(context);
        // Union state gives every instance all instances' lists on restore: one copy is enough.
        ruleState.update(getRuntimeContext().getTaskInfo().getIndexOfThisSubtask() == 0 ? new ArrayList<>(rules.values()) : List.of());
    }

    @Override
    public final void processElement2(StreamRecord<SharedUpdate> record) {
        SharedUpdate update = record.getValue();
        if (update.card != null) {
            card(update.card);
        } else if (update.rule != null) {
            if (update.rule.active) rules.put(update.rule.ruleId, update.rule);
            else rules.remove(update.rule.ruleId);
        }
    }

    /** A new card of an item, replacing its previous one. */
    protected abstract void card(ItemCard card);

    /** The business rules in force. */
    protected Collection<BusinessRule> rules() {
        return rules.values();
    }
}
