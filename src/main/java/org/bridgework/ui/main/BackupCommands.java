package org.bridgework.ui.main;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.bridgework.settings.AppSettings;
import org.bridgework.store.Backup;
import org.bridgework.store.WorkbookBackups;
import org.bridgework.text.Texts;
import org.bridgework.ui.backup.BackupLabels;
import org.bridgework.ui.common.DialogService;
import org.bridgework.ui.common.TaskRunner;
import org.bridgework.ui.preferences.Preferences;

/** File → Restore from backup… (list, pick, confirm, restore) and File → Preferences…. */
final class BackupCommands {
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final AppSettings settings;
    private final WorkbookSwitcher workbooks;
    private final Clock clock;
    private final Runnable saveSettings;

    BackupCommands(TaskRunner runner, DialogService dialogs, AppSettings settings, WorkbookSwitcher workbooks,
                   Clock clock, Runnable saveSettings) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.settings = settings;
        this.workbooks = workbooks;
        this.clock = clock;
        this.saveSettings = saveSettings;
    }

    /** Lists the open workbook's backups (on the store thread), then lets the user pick and confirm one. */
    void restore() {
        Path workbook = workbooks.currentProperty().get();
        if (workbook == null) {
            return;
        }
        runner.run(() -> WorkbookBackups.list(workbook, clock.getZone()), backups -> choose(workbook, backups),
                error -> dialogs.showError(Texts.get("restore.failed.title"),
                        Texts.get("restore.list.failed", WorkbookBackups.folderOf(workbook)), String.valueOf(error)));
    }

    void editPreferences() {
        dialogs.editPreferences(new Preferences(settings.backupsToKeep())).ifPresent(chosen -> {
            settings.setBackupsToKeep(chosen.backupsToKeep());
            saveSettings.run();
        });
    }

    private void choose(Path workbook, List<Backup> backups) {
        dialogs.chooseBackup(workbook, WorkbookBackups.folderOf(workbook), backups)
                .filter(this::confirmed)
                .ifPresent(workbooks::restore);
    }

    private boolean confirmed(Backup backup) {
        return dialogs.confirmDanger(Texts.get("restore.confirm.title"),
                Texts.get("restore.confirm.message", BackupLabels.taken(backup)), Texts.get("restore.confirm.button"));
    }
}
