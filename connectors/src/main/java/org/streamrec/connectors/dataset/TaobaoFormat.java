package org.streamrec.connectors.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.streamrec.engine.model.Event;

/**
 * {@code --format taobao}: the Taobao UserBehavior CSV. The file is grouped by user, so it is
 * sorted into event-time order; each item's category (on every row of the data) reaches the
 * engine as a catalogue update before the item's first use, since purchases carry none.
 */
final class TaobaoFormat implements DatasetFormat {
    private final RejectedRows rejected;

    TaobaoFormat(RejectedRows rejected) {
        this.rejected = rejected;
    }

    @Override
    public String name() {
        return "taobao";
    }

    @Override
    public String description() {
        return "Taobao UserBehavior CSV (user_id,item_id,category_id,behavior_type,timestamp), header optional";
    }

    @Override
    public Stream<Event> read(Path input) {
        List<Event> rows;
        try (TaobaoUserBehaviorReader reader = new TaobaoUserBehaviorReader(
                Files.newBufferedReader(input, StandardCharsets.UTF_8), input.getFileName().toString(), rejected)) {
            rows = reader.stream().sorted(Comparator.comparingLong(e -> e.eventTime)).toList();
        } catch (IOException e) {
            throw new DatasetException(input.toAbsolutePath() + ": cannot read (" + e.getMessage() + ")");
        }
        CatalogueAnnouncer catalogue = new CatalogueAnnouncer("taobao");
        List<Event> events = new ArrayList<>(rows.size() + rows.size() / 4);
        for (Event e : rows) {
            if (e.itemId != null) catalogue.announce(e.itemId, e.category, null, e.eventTime, events);
            events.add(e);
        }
        return events.stream();
    }
}
