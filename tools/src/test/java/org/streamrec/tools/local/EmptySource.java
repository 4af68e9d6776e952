package org.streamrec.tools.local;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.Boundedness;
import org.apache.flink.api.connector.source.ReaderOutput;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.connector.source.SourceReader;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.api.connector.source.SourceSplit;
import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;
import org.apache.flink.core.io.InputStatus;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.streamrec.engine.model.IngestRecord;

/**
 * A bounded source that ends at once: a rules input with nothing in it, so the graph test covers the rules path.
 * (DataGeneratorSource cannot do this: asked for 0 records, it still generates one.)
 */
public final class EmptySource<T> implements Source<T, EmptySource.NoSplit, Void>, ResultTypeQueryable<T> {
    private static final long serialVersionUID = 1L;

    private final TypeInformation<T> type;

    public EmptySource(TypeInformation<T> type) {
        this.type = type;
    }

    /** The business rules input of a local run that has none. */
    public static EmptySource<IngestRecord> noRules() {
        return new EmptySource<>(TypeInformation.of(IngestRecord.class));
    }

    @Override
    public TypeInformation<T> getProducedType() {
        return type;
    }

    /** Never created: the enumerator hands out no splits. */
    public interface NoSplit extends SourceSplit {}

    @Override
    public Boundedness getBoundedness() {
        return Boundedness.BOUNDED;
    }

    @Override
    public SourceReader<T, NoSplit> createReader(SourceReaderContext context) {
        return new SourceReader<>() {
            @Override
            public void start() {}

            @Override
            public InputStatus pollNext(ReaderOutput<T> output) {
                return InputStatus.END_OF_INPUT;
            }

            @Override
            public List<NoSplit> snapshotState(long checkpointId) {
                return List.of();
            }

            @Override
            public CompletableFuture<Void> isAvailable() {
                return CompletableFuture.completedFuture(null);
            }

            @Override
            public void addSplits(List<NoSplit> splits) {}

            @Override
            public void notifyNoMoreSplits() {}

            @Override
            public void close() {}
        };
    }

    @Override
    public SplitEnumerator<NoSplit, Void> createEnumerator(SplitEnumeratorContext<NoSplit> context) {
        return new SplitEnumerator<>() {
            @Override
            public void start() {}

            @Override
            public void handleSplitRequest(int subtaskId, String requesterHostname) {}

            @Override
            public void addSplitsBack(List<NoSplit> splits, int subtaskId) {}

            @Override
            public void addReader(int subtaskId) {
                context.signalNoMoreSplits(subtaskId);
            }

            @Override
            public Void snapshotState(long checkpointId) {
                return null;
            }

            @Override
            public void close() {}
        };
    }

    @Override
    public SplitEnumerator<NoSplit, Void> restoreEnumerator(SplitEnumeratorContext<NoSplit> context, Void checkpoint) {
        return createEnumerator(context);
    }

    @Override
    public SimpleVersionedSerializer<NoSplit> getSplitSerializer() {
        return new NothingSerializer<>();
    }

    @Override
    public SimpleVersionedSerializer<Void> getEnumeratorCheckpointSerializer() {
        return new NothingSerializer<>();
    }

    /** Serialises the nothing this source has. */
    private static final class NothingSerializer<X> implements SimpleVersionedSerializer<X> {
        @Override
        public int getVersion() {
            return 1;
        }

        @Override
        public byte[] serialize(X obj) {
            return new byte[0];
        }

        @Override
        public X deserialize(int version, byte[] serialized) {
            return null;
        }
    }
}
