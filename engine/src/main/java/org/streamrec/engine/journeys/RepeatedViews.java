package org.streamrec.engine.journeys;

import java.util.Arrays;
import java.util.Optional;
import org.streamrec.config.TriggerConfig.PriceDropConfig;
import org.streamrec.engine.messages.ItemInterest;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.messages.InterestKind;
import org.streamrec.engine.profile.ViewTrail;

/**
 * When views make a shopper interested in an item for price drops: at least {@code minViews} views of
 * it within {@code window}. The interest is sent when the views reach that, and again at most once
 * every half window while they stay there, so the item's watchers, which keep an interest for one
 * window, keep watching a shopper who keeps looking. Plain Java, so the user profile can keep a
 * {@link ViewTrail} per item beside its history and call this on every view without a shuffle.
 */
public final class RepeatedViews {
    private final int minViews;
    private final long window;

    public RepeatedViews(PriceDropConfig config) {
        this.minViews = config.minViews();
        this.window = config.window().toMillis();
    }

    /**
     * Records a view (views may come slightly out of order) and returns the interest to send, if this
     * view makes or keeps the shopper interested and none went out lately.
     */
    public Optional<ItemInterest> onView(ViewTrail trail, Event view) {
        long[] views = Arrays.copyOf(trail.views, trail.views.length + 1);
        views[views.length - 1] = view.eventTime;
        Arrays.sort(views);
        trail.views = views.length > minViews ? Arrays.copyOfRange(views, views.length - minViews, views.length) : views;
        long newest = trail.views[trail.views.length - 1];
        boolean interested = trail.views.length == minViews && trail.views[0] > newest - window;
        boolean sentLately = trail.interestSent != 0 && trail.interestSent > newest - window / 2;
        if (!interested || sentLately) return Optional.empty();
        trail.interestSent = newest;
        ItemInterest interest = new ItemInterest(view.userId, view.itemId, InterestKind.VIEWED, newest, view.timeZone);
        interest.anonymous = Event.byAnonymousShopper(view);
        return Optional.of(interest);
    }
}
