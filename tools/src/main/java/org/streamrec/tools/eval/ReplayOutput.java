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
 * @param unanswered ids of the interactions whose list had not come when the replay handed their user's
 *     next interaction to the job (after eval.answerTimeout): a list triggered by one of them, if it came
 *     at all, may have been computed after the job had learned the next interaction
 */
public record ReplayOutput(List<Recommendation> recommendations, List<Reminder> reminders, List<Message> messages,
                           List<String> unanswered) {}
