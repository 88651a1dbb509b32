package org.bridgework.exchange;

import java.nio.file.Path;
import java.util.List;
import org.bridgework.model.Relationship;

/**
 * What an import added.
 *
 * @param file     the file imported
 * @param imported the relationships as stored, in the file's order, with their final names
 * @param renamed  those whose name was taken in the workbook, and the name each got instead
 */
public record ImportResult(Path file, List<Relationship> imported, List<Rename> renamed) {

    /** A relationship that came in under another name, because its own was taken. */
    public record Rename(String from, String to) {
    }

    public ImportResult {
        imported = List.copyOf(imported);
        renamed = List.copyOf(renamed);
    }
}
