package org.bridgework.exchange;

import java.util.Locale;

/** What marks a file as a Bridgework export, and the limits of what an import reads. */
public final class ExchangeFormat {
    /** The value of the header's {@code "format"} field. */
    public static final String FORMAT = "bridgework-export";
    /** The format version this build writes, and the newest it reads. */
    public static final int VERSION = 3;
    /** How an export's file name ends. */
    public static final String FILE_SUFFIX = ".bridgework.json";
    /**
     * The largest file an import reads. Ten thousand relationships with every worksheet filled in come to
     * about a hundred megabytes; the whole file is checked in memory before anything is written, and a much
     * larger one would exhaust the memory of an ordinary computer before anything useful could be said.
     */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    private ExchangeFormat() {
    }

    /** An enumeration's value as the file writes it: the lower-case word, as in the workbook. */
    static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
