package org.bridgework.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.bridgework.model.WholeRelationship;

/**
 * A new workbook file holding given relationships whole, with their ids and times: how a team workbook is saved as
 * a copy on this computer (from the server, or, when it cannot be reached, from what the window holds), so that
 * the window can carry on in it with the same relationships. Written through a workbook file's own import, in one
 * transaction, so the file holds all of them or, if anything fails, none (the empty file is then removed).
 */
public final class LocalCopy {
    private LocalCopy() {
    }

    public static void write(List<WholeRelationship> relationships, Path target) {
        Path path = target.toAbsolutePath().normalize();
        String whatFailed = "Could not save a copy to " + path;
        if (Files.exists(path)) {
            throw new StoreException(whatFailed, SaveProblem.OTHER, new java.io.IOException(path + " already exists"));
        }
        boolean written = false;
        try (Workbook copy = Workbook.open(path, Clock.systemUTC())) {
            copy.importKeepingIds(relationships);
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
