package org.streamrec.connectors.dataset;

import java.util.List;
import java.util.Optional;

/**
 * The registry of {@code --format} values: the one place where a dataset format is made known to
 * {@code ./recs eval} and {@code ./recs demo --dataset}.
 */
public final class DatasetFormats {
    private final List<DatasetFormat> formats;

    /** @param rejected where every format reports the rows it skips */
    public DatasetFormats(RejectedRows rejected) {
        this.formats = List.of(new TaobaoFormat(rejected), new InstacartFormat(rejected), new GenericCsvFormat(rejected));
    }

    /** Every format, in the order {@code --help} lists them. */
    public List<DatasetFormat> all() {
        return formats;
    }

    public Optional<DatasetFormat> find(String name) {
        return formats.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
