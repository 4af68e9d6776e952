package org.streamrec.tools.eval;

import java.util.Iterator;
import org.streamrec.connectors.dataset.DatasetFormat;
import org.streamrec.connectors.dataset.DatasetFormats;
import org.streamrec.connectors.dataset.RejectedRows;

/** The registered {@code --format} values, for picocli's help ({@code ${COMPLETION-CANDIDATES}}). */
public final class FormatNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return new DatasetFormats(new RejectedRows()).all().stream().map(DatasetFormat::name).iterator();
    }
}
