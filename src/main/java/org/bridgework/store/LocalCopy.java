package org.bridgework.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.bridgework.model.TakenNames;
import org.bridgework.model.WholeRelationship;

/**
 * A new workbook file holding given relationships whole, with their times: how a team workbook is saved as a copy
 * on this computer. Written through a workbook file's own import, in one transaction, so the file holds all of
 * them or, if anything fails, none (the empty file is then removed).
 */
final class LocalCopy {
    private LocalCopy() {
    }

    static void write(List<WholeRelationship> relationships, Path target) {
        Path path = target.toAbsolutePath().normalize();
        String whatFailed = "Could not save a copy to " + path;
        if (Files.exists(path)) {
            throw new StoreException(whatFailed, SaveProblem.OTHER, new java.io.IOException(path + " already exists"));
        }
        boolean written = false;
        try (Workbook copy = Workbook.open(path, Clock.systemUTC())) {
            // Names are unique already; no variant is ever needed.
            copy.importRelationships(relationships, (name, n) -> name + " (" + n + ")");
            written = true;
        } catch (WorkbookException e) {
            throw new StoreException(whatFailed, SaveProblem.OTHER, e);
        } finally {
            if (!written) {
                BackupFiles.deleteQuietly(path);
            }
        }
    }
}
