package org.streamrec.connectors.dataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.OrderLine;

/**
 * Reads the Taobao UserBehavior CSV ({@code user_id,item_id,category_id,behavior_type,timestamp},
 * Unix seconds, with or without a header line) lazily, as events in file order.
 *
 * <ul>
 *   <li>pv, cart, fav and buy become view, add_to_cart, favourite and purchase, with the category
 *       from category_id (except on purchases, whose wire format has no category), channel "web"
 *       and event id {@code taobao-<line number>}.
 *   <li>The data has no orders and no prices: each buy becomes an order {@code taobao-<line number>}
 *       of one line, quantity 1, unit price 0. Revenue-based measures mean nothing on this data.
 *   <li>Malformed lines (wrong field count, unknown behaviour, bad timestamp, such as the cut-off
 *       last line of UserBehavior_prefix.raw.csv) are counted and skipped.
 * </ul>
 *
 * Line numbers count every physical line from 1, header included.
 */
public final class TaobaoUserBehaviorReader extends EventIterator implements AutoCloseable {
    private static final String CHANNEL = "web";
    private static final String ID_PREFIX = "taobao-";

    private final BufferedReader in;
    private final String name;
    private final RejectedRows rejected;
    private long lineNumber;
    private long malformedLines;

    public TaobaoUserBehaviorReader(BufferedReader in) {
        this(in, "input", new RejectedRows());
    }

    /** @param name how rejected lines are named ({@code name:line}); @param rejected where they are reported */
    public TaobaoUserBehaviorReader(BufferedReader in, String name, RejectedRows rejected) {
        this.in = in;
        this.name = name;
        this.rejected = rejected;
    }

    public static TaobaoUserBehaviorReader open(Path csv) throws IOException {
        return new TaobaoUserBehaviorReader(Files.newBufferedReader(csv, StandardCharsets.UTF_8));
    }

    /** The remaining events; closing the stream closes the file. */
    @Override
    public Stream<Event> stream() {
        return super.stream().onClose(this::close);
    }

    /** Lines skipped so far because they could not be read as an event. */
    public long malformedLines() {
        return malformedLines;
    }

    @Override
    protected Event advance() {
        String line;
        while ((line = readLine()) != null) {
            if (lineNumber == 1 && line.startsWith("user_id")) continue;
            Event e = parse(line, lineNumber);
            if (e != null) return e;
            malformedLines++;
            rejected.reject(name + ":" + lineNumber, "not user_id,item_id,category_id,pv|cart|fav|buy,unix_seconds");
        }
        return null;
    }

    private String readLine() {
        try {
            String line = in.readLine();
            if (line != null) lineNumber++;
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read line " + (lineNumber + 1), e);
        }
    }

    /** The event on one line, or null when the line is malformed. */
    static Event parse(String line, long lineNumber) {
        String[] f = line.strip().split(",", -1);
        if (f.length != 5 || f[0].isEmpty() || f[1].isEmpty() || f[2].isEmpty()) return null;
        EventType type = switch (f[3]) {
            case "pv" -> EventType.VIEW;
            case "cart" -> EventType.ADD_TO_CART;
            case "fav" -> EventType.FAVOURITE;
            case "buy" -> EventType.PURCHASE;
            default -> null;
        };
        long seconds;
        try {
            seconds = Long.parseLong(f[4]);
        } catch (NumberFormatException e) {
            return null;
        }
        if (type == null || seconds < 0) return null;
        Event e = new Event();
        e.eventId = ID_PREFIX + lineNumber;
        e.type = type;
        e.userId = f[0];
        e.eventTime = seconds * 1000;
        e.channel = CHANNEL;
        if (type == EventType.PURCHASE) {
            e.orderId = ID_PREFIX + lineNumber;
            e.lines = List.of(new OrderLine(f[1], 1, 0.0));
        } else {
            e.itemId = f[1];
            e.category = f[2];
        }
        return e;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the Taobao CSV", e);
        }
    }
}
