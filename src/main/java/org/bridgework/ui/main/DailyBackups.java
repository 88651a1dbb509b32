package org.bridgework.ui.main;

import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import org.bridgework.store.BackupException;
import org.bridgework.store.Workbook;
import org.bridgework.store.WorkbookBackups;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.TaskRunner;

/**
 * Today's backup of each workbook opened for editing, on a thread of its own beside the store thread: it reads
 * through a connection of its own, so saves meanwhile never wait for it, and closing the workbook stops it.
 */
final class DailyBackups {
    private final TaskRunner thread;
    private final Clock clock;
    private final IntSupplier backupsToKeep;

    /**
     * @param thread        where backups are made: not the store thread, which must be free for saves
     * @param backupsToKeep how many daily backups of a workbook to keep, asked at each backup
     */
    DailyBackups(TaskRunner thread, Clock clock, IntSupplier backupsToKeep) {
        this.thread = thread;
        this.clock = clock;
        this.backupsToKeep = backupsToKeep;
    }

    /** Makes today's backup of {@code opened} unless it has one; if that fails, {@code failed} hears what to say. */
    void backUp(Workbook opened, Consumer<StatusNotice> failed) {
        int keep = backupsToKeep.getAsInt();
        thread.run(() -> WorkbookBackups.daily(opened, clock, keep), made -> { }, error -> {
            String reason = error instanceof BackupException failure ? failure.getMessage() : String.valueOf(error);
            failed.accept(new StatusNotice(Texts.get("backup.daily.failed", WorkbookBackups.folderOf(opened.file())),
                    reason, true));
        });
    }
}
