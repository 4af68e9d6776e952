package org.streamrec.connectors.dataset;

import java.util.List;
import java.util.Optional;

/**
 * The registry of {@code --format} values: the one place where a dataset format is made known to
 * {@code ./recs eval}. The Taobao UserBehavior reader ({@code --format taobao}) is to be added to
 * {@link #all()} here, wrapped so that it reads in event-time order and reports bad lines to
 * {@code rejected}.
 */
public final class DatasetFormats {
    private final List<DatasetFormat> formats;

    /** @param rejected where every format reports the rows it skips */
    public DatasetFormats(RejectedRows rejected) {
        this.formats = List.of(new InstacartFormat(rejected), new GenericCsvFormat(rejected));
    }

    /** Every format, in the order {@code --help} lists them. */
    public List<DatasetFormat> all() {
        return formats;
    }

    public Optional<DatasetFormat> find(String name) {
        return formats.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
