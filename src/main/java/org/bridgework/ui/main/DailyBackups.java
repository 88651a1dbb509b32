package org.bridgework.ui.main;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.BiConsumer;
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
    /** What follows a daily backup that worked (its encrypted off-disk copy); told what to say in the status bar. */
    private final BiConsumer<Path, Consumer<StatusNotice>> afterwards;

    /**
     * @param thread        where backups are made: not the store thread, which must be free for saves
     * @param backupsToKeep how many daily backups of a workbook to keep, asked at each backup
     */
    DailyBackups(TaskRunner thread, Clock clock, IntSupplier backupsToKeep) {
        this(thread, clock, backupsToKeep, (workbook, say) -> { });
    }

    /** @param afterwards runs on the JavaFX thread after each daily backup that worked (made now or earlier today) */
    DailyBackups(TaskRunner thread, Clock clock, IntSupplier backupsToKeep,
                 BiConsumer<Path, Consumer<StatusNotice>> afterwards) {
        this.thread = thread;
        this.clock = clock;
        this.backupsToKeep = backupsToKeep;
        this.afterwards = afterwards;
    }

    /**
     * Makes today's backup of {@code opened} unless it has one, then its off-disk copy; {@code failed} hears what to
     * say in the status bar (a failure, or when the last off-disk copy was made).
     */
    void backUp(Workbook opened, Consumer<StatusNotice> failed) {
        int keep = backupsToKeep.getAsInt();
        thread.run(() -> WorkbookBackups.daily(opened, clock, keep), made -> afterwards.accept(opened.file(), failed), error -> {
            String reason = error instanceof BackupException failure ? failure.getMessage() : String.valueOf(error);
            failed.accept(new StatusNotice(Texts.get("backup.daily.failed", WorkbookBackups.folderOf(opened.file())),
                    reason, true));
        });
    }
}
