package org.streamrec.engine.replenish;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.junit.jupiter.api.Test;
import org.streamrec.engine.contact.ContactBook;
import org.streamrec.engine.contact.ContactInput;
import org.streamrec.engine.model.Message;
import org.streamrec.engine.model.Reminder;
import org.streamrec.engine.operators.ItemPriorFunction;

/** Every record and state type of the replenishment graph and the contact step is a Flink POJO serialisable without Kryo. */
class StateTypesTest {

    @Test
    void recordAndStateTypesNeedNoKryo() {
        SerializerConfigImpl noGenericTypes = new SerializerConfigImpl();
        noGenericTypes.setGenericTypes(false);
        for (Class<?> type : List.of(PurchaseObservation.class, CycleStats.class, ItemProfile.class,
                PurchaseHistory.class, ItemPurchases.class, ReminderBook.class, PendingReminder.class, Reminder.class,
                ContactBook.class, ContactInput.class, Message.class)) {
            TypeInformation<?> info = TypeInformation.of(type);
            assertInstanceOf(PojoTypeInfo.class, info, type.getName());
            // Throws UnsupportedOperationException if any field, however nested, would fall back to Kryo.
            info.createSerializer(noGenericTypes);
        }
        ItemPriorFunction.INPUT_TYPE.createSerializer(noGenericTypes);
    }
}
