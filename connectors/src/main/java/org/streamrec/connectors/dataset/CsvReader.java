package org.streamrec.connectors.dataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file with a header line (RFC 4180 quoting: fields in double quotes may hold commas and
 * doubled quotes; a record is one line). Blank lines are skipped; fields are trimmed. A line that
 * cannot be split, or has a different number of fields than the header, is reported to
 * {@link RejectedRows} and skipped.
 */
final class CsvReader implements AutoCloseable {
    /** One data line: its 1-based line number in the file and its fields, as many as the header has. */
    record Row(long line, List<String> fields) {
        String get(int column) {
            return fields.get(column);
        }
    }

    private final Path file;
    private final BufferedReader in;
    private final RejectedRows rejected;
    private final List<String> header;
    private long lineNumber;

    CsvReader(Path file, RejectedRows rejected) {
        this.file = file;
        this.rejected = rejected;
        try {
            this.in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            String first = in.readLine();
            lineNumber = 1;
            if (first == null || first.isBlank()) throw new DatasetException(file + ": empty file, a header line is required");
            if (first.startsWith("\uFEFF")) first = first.substring(1);
            this.header = split(first);
        } catch (NoSuchFileException e) {
            throw new DatasetException(file + ": no such file");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    List<String> header() {
        return header;
    }

    /** Index of a column the file must have. */
    int column(String name) {
        int i = header.indexOf(name);
        if (i < 0) throw new DatasetException(file + ": missing column '" + name + "' (header: " + String.join(",", header) + ")");
        return i;
    }

    /** The next usable row, or null at the end of the file. */
    Row next() {
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.isBlank()) continue;
                List<String> fields;
                try {
                    fields = split(line);
                } catch (IllegalArgumentException e) {
                    reject(lineNumber, e.getMessage());
                    continue;
                }
                if (fields.size() != header.size()) {
                    reject(lineNumber, "expected " + header.size() + " fields, got " + fields.size());
                    continue;
                }
                return new Row(lineNumber, fields);
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    void reject(long line, String reason) {
        rejected.reject(file.getFileName() + ":" + line, reason);
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file, e);
        }
    }

    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (true) {
            while (i < line.length() && line.charAt(i) == ' ') i++;
            if (i < line.length() && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= line.length()) throw new IllegalArgumentException("unterminated quoted field");
                    char c = line.charAt(i++);
                    if (c != '"') {
                        field.append(c);
                    } else if (i < line.length() && line.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        break;
                    }
                }
                while (i < line.length() && line.charAt(i) == ' ') i++;
                if (i < line.length() && line.charAt(i) != ',') {
                    throw new IllegalArgumentException("unexpected text after a quoted field at column " + (i + 1));
                }
                fields.add(field.toString());
            } else {
                int comma = line.indexOf(',', i);
                int end = comma < 0 ? line.length() : comma;
                fields.add(line.substring(i, end).trim());
                i = end;
            }
            field.setLength(0);
            if (i >= line.length()) return fields;
            i++; // the comma
        }
    }
}
