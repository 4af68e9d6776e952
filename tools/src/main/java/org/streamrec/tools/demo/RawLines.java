package org.streamrec.tools.demo;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The lines of a file as raw bytes, without their line feed and whatever their encoding, read as
 * they are needed. A line feed at the very end does not start another, empty, line.
 */
final class RawLines implements Iterator<byte[]>, AutoCloseable {
    private final InputStream in;
    private byte[] next;
    private int lineNumber;

    RawLines(Path file) {
        try {
            in = new BufferedInputStream(Files.newInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read --events-file " + file, e);
        }
        next = read();
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public byte[] next() {
        if (next == null) throw new NoSuchElementException();
        byte[] line = next;
        lineNumber++;
        next = read();
        return line;
    }

    /** The number, from 1, of the line {@link #next} returned last. */
    int lineNumber() {
        return lineNumber;
    }

    private byte[] read() {
        try {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) >= 0 && b != '\n') line.write(b);
            return b < 0 && line.size() == 0 ? null : line.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read --events-file", e);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
