package org.bridgework.store;

import java.util.Map;

/**
 * The free texts of one row of a team workbook as read, with the version the server had given the row: what a
 * save compares with ({@link TeamTexts}).
 *
 * @param version the row's {@code row_version}
 * @param texts   column name to text
 */
public record VersionedTexts(long version, Map<String, String> texts) {
    public VersionedTexts {
        texts = Map.copyOf(texts);
    }
}
