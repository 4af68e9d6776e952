package org.streamrec.connectors.dataset;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.streamrec.engine.model.Event;

/**
 * A dataset that {@code ./recs eval --format NAME} can replay. Implementations are registered in
 * {@link DatasetFormats}. Rows that cannot be used are skipped and reported to the
 * {@link RejectedRows} the format was built with, never thrown; a file that cannot be used at all
 * (missing, no header, a required column missing) fails with an exception naming the file.
 */
public interface DatasetFormat {
    /** The {@code --format} value. */
    String name();

    /** One line for {@code --help}: what {@code --input} must point at. */
    String description();

    /** Every event of the dataset, in event-time order (ties keep the source order). */
    Stream<Event> read(Path input);
}
