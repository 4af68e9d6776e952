package org.streamrec.tools.eval;

import java.util.List;
import org.streamrec.engine.model.Message;
import org.streamrec.engine.model.Recommendation;
import org.streamrec.engine.model.Reminder;

/**
 * What the engine emitted over a replay.
 *
 * @param recommendations every list, each with the {@code triggerEventId} and {@code userId} it was for
 * @param reminders every replenishment reminder, each stamped with the event time it was sent at
 * @param messages every triggered offer, with the event time it was sent at
 */
public record ReplayOutput(List<Recommendation> recommendations, List<Reminder> reminders, List<Message> messages) {}
