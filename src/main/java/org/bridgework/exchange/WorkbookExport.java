package org.bridgework.exchange;

import org.bridgework.files.AtomicFiles;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bridgework.model.Relationship;
import org.bridgework.model.WholeRelationship;
import org.bridgework.store.WorkbookStore;
import org.bridgework.text.Texts;

/**
 * File → Export… and {@code bridgework export}: writes relationships of an open workbook, each with its repair
 * and milestones, to an export file (docs/exchange-format.md). Runs where the workbook is used (the store
 * thread); reads one relationship at a time while writing, so memory stays small for any workbook.
 */
public final class WorkbookExport {
    private WorkbookExport() {
    }

    /** Exports every relationship of the workbook, archived ones included, by name; returns how many. */
    public static int all(WorkbookStore workbook, Path target, String appVersion) throws IOException {
        return write(workbook, workbook.relationships().findAll(), target, appVersion);
    }

    /**
     * Exports the relationship with this id; returns 1, or 0 when it is no longer in the workbook (nothing is
     * written then).
     */
    public static int one(WorkbookStore workbook, long relationshipId, Path target, String appVersion) throws IOException {
        List<Relationship> chosen = workbook.relationships().findAll().stream()
                .filter(r -> r.id() == relationshipId).toList();
        return chosen.isEmpty() ? 0 : write(workbook, chosen, target, appVersion);
    }

    /** Why writing the export failed, in a few plain words for the user. */
    public static String reason(IOException e) {
        return AtomicFiles.reason(e);
    }

    private static int write(WorkbookStore workbook, List<Relationship> relationships, Path target, String appVersion)
            throws IOException {
        if (Files.exists(target) && workbook.localFile().isPresent()
                && Files.isSameFile(target, workbook.localFile().get())) {
            // Replacing the open workbook's file with its export would lose the workbook.
            throw new FileSystemException(target.toString(), null, Texts.get("exchange.file.isWorkbook"));
        }
        AtomicFiles.write(target, out -> {
            try (ExportWriter writer = new ExportWriter(out, appVersion)) {
                for (Relationship relationship : relationships) {
                    writer.write(new WholeRelationship(relationship, workbook.repairCases().load(relationship.id()),
                            workbook.milestones().load(relationship.id())));
                }
            }
        });
        return relationships.size();
    }
}
