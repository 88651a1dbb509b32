package org.bridgework.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads the first 100 bytes of a file the way SQLite lays them out, so that a file which is not a
 * database, or was cut short, is recognised without handing it to SQLite (which could write to it).
 * Layout: https://sqlite.org/fileformat.html section 1.3.
 */
final class SqliteHeader {
    static final int LENGTH = 100;
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final byte[] bytes;

    private SqliteHeader(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The header of {@code file}, or fewer bytes if the file is shorter. */
    static SqliteHeader read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new SqliteHeader(in.readNBytes(LENGTH));
        }
    }

    /** Whether the bytes that are there start like a SQLite database. */
    boolean startsWithMagic() {
        int n = Math.min(bytes.length, MAGIC.length);
        return n > 0 && Arrays.equals(bytes, 0, n, MAGIC, 0, n);
    }

    boolean complete() {
        return bytes.length == LENGTH;
    }

    /** Page size in bytes; 0 if the stored value is not a valid one. */
    int pageSize() {
        int raw = ((bytes[16] & 0xff) << 8) | (bytes[17] & 0xff);
        int size = raw == 1 ? 65536 : raw;
        boolean powerOfTwo = size >= 512 && size <= 65536 && (size & (size - 1)) == 0;
        return powerOfTwo ? size : 0;
    }

    /**
     * The database size in pages as the header records it, or -1 where SQLite itself would not trust
     * that field (it is valid only when the change counter matches the "version valid for" number).
     */
    long pageCount() {
        long count = readInt(28);
        boolean valid = readInt(24) == readInt(92) && count > 0;
        return valid ? count : -1;
    }

    private long readInt(int offset) {
        return ((long) (bytes[offset] & 0xff) << 24) | ((bytes[offset + 1] & 0xff) << 16)
                | ((bytes[offset + 2] & 0xff) << 8) | (bytes[offset + 3] & 0xff);
    }
}
