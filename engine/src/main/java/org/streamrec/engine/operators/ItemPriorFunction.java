package org.streamrec.engine.operators;

import java.util.Comparator;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.java.typeutils.EitherTypeInfo;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.types.Either;
import org.apache.flink.util.Collector;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.operators.EventTimeOrderedFunction;
import org.streamrec.engine.replenish.ItemProfile;
import org.streamrec.engine.replenish.PurchaseObservation;

/**
 * Keyed by item: learns the item's repurchase statistics from every user's observations, keeps the
 * catalogue's category and replenishable flag, and stamps both on each observation passing through.
 * Catalogue updates (left) apply before observations (right) of the same timestamp.
 */
public class ItemPriorFunction extends EventTimeOrderedFunction<Either<Event, PurchaseObservation>, PurchaseObservation> {
    public static final TypeInformation<Either<Event, PurchaseObservation>> INPUT_TYPE =
            new EitherTypeInfo<>(TypeInformation.of(Event.class), TypeInformation.of(PurchaseObservation.class));

    private transient ValueState<ItemProfile> profile;

    public ItemPriorFunction() {
        super(INPUT_TYPE);
    }

    @Override
    public void open(OpenContext openContext) throws Exception {
        super.open(openContext);
        profile = getRuntimeContext().getState(new ValueStateDescriptor<>("itemProfile", ItemProfile.class));
    }

    @Override
    protected Comparator<Either<Event, PurchaseObservation>> order() {
        return InputOrder.mixed(true);
    }

    @Override
    protected void processInOrder(Either<Event, PurchaseObservation> in, long time, Context ctx,
                                  Collector<PurchaseObservation> out) throws Exception {
        ItemProfile p = profile.value();
        if (p == null) p = new ItemProfile();
        if (in.isLeft()) {
            p.applyCatalogue(in.left());
        } else {
            p.observe(in.right());
            out.collect(in.right());
        }
        profile.update(p);
    }

    public static String key(Either<Event, PurchaseObservation> in) {
        return in.isLeft() ? in.left().itemId : in.right().itemId;
    }
}
