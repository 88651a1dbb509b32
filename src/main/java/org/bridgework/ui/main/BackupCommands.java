package org.bridgework.ui.main;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bridgework.offsite.OffsiteBackups;
import org.bridgework.offsite.PassphraseKeeper;
import org.bridgework.settings.AppSettings;
import org.bridgework.store.Backup;
import org.bridgework.store.WorkbookBackups;
import org.bridgework.text.Texts;
import org.bridgework.ui.backup.BackupLabels;
import org.bridgework.ui.common.DialogService;
import org.bridgework.ui.common.TaskRunner;
import org.bridgework.ui.preferences.Preferences;

/**
 * File → Restore from backup… (list, pick, confirm, restore; off-disk copies are decrypted first), File → Back up
 * now to… and File → Preferences….
 */
final class BackupCommands {
    private final TaskRunner backupThread;
    private final DialogService dialogs;
    private final AppSettings settings;
    private final WorkbookSwitcher workbooks;
    private final Clock clock;
    private final Runnable saveSettings;
    private final PassphraseKeeper passphrase;
    private final EncryptedRestore encrypted;
    private final BackUpNow now;
    private final OffsiteCopies offsite;

    /**
     * @param backupThread lists the backups (an off-disk folder may be slow) and decrypts copies, so saves never
     *                     wait for either
     */
    BackupCommands(TaskRunner backupThread, DialogService dialogs, AppSettings settings, WorkbookSwitcher workbooks,
                   Clock clock, Runnable saveSettings, OffsiteCopies offsite, EncryptedRestore encrypted, BackUpNow now,
                   PassphraseKeeper passphrase) {
        this.backupThread = backupThread;
        this.dialogs = dialogs;
        this.settings = settings;
        this.workbooks = workbooks;
        this.clock = clock;
        this.saveSettings = saveSettings;
        this.offsite = offsite;
        this.encrypted = encrypted;
        this.now = now;
        this.passphrase = passphrase;
    }

    /** Lists the open workbook's backups and its off-disk copies, then lets the user pick and confirm one. */
    void restore() {
        Path workbook = workbooks.currentProperty().get();
        if (workbook == null) {
            return;
        }
        Optional<Path> offsiteFolder = settings.offsiteFolder();
        backupThread.run(() -> all(workbook, offsiteFolder), backups -> choose(workbook, backups),
                error -> dialogs.showError(Texts.get("restore.failed.title"),
                        Texts.get("restore.list.failed", WorkbookBackups.folderOf(workbook)), String.valueOf(error)));
    }

    /** File → Back up now to…: an encrypted copy of the open workbook in a folder the user picks. */
    void backUpNow() {
        workbooks.openForEditing().ifPresent(open -> now.start(open, workbooks.folderForChoosers()));
    }

    void editPreferences() {
        Optional<Path> folderBefore = settings.offsiteFolder();
        Preferences current = new Preferences(settings.backupsToKeep(), folderBefore, folderBefore.isPresent(),
                Optional.empty(), settings.week());
        dialogs.editPreferences(current).ifPresent(chosen -> {
            settings.setBackupsToKeep(chosen.backupsToKeep());
            settings.setOffsiteFolder(chosen.offsiteFolder());
            settings.setWeek(chosen.week());
            saveSettings.run();
            chosen.newPassphrase().ifPresentOrElse(this::keep, () -> {
                if (chosen.offsiteFolder().isEmpty() && folderBefore.isPresent()) {
                    backupThread.run(() -> {
                        passphrase.forget(); // Off-disk copies turned off: the secret store need not hold it.
                        return null;
                    }, done -> { }, error -> { });
                }
                copyNowIfSetUp();
            });
        });
    }

    /** Keeps a new passphrase (the secret store may take a moment), then makes today's copy with it. */
    private void keep(char[] secret) {
        backupThread.run(() -> {
            try {
                return passphrase.keep(secret);
            } finally {
                PassphraseKeeper.wipe(secret);
            }
        }, kept -> {
            if (kept == PassphraseKeeper.Kept.THIS_RUN_ONLY) {
                dialogs.showNotice(Texts.get("offsite.kept.title"), Texts.get("offsite.kept.memory.header"),
                        Texts.get("offsite.kept.memory.text"));
            }
            copyNowIfSetUp();
        }, error -> dialogs.showError(Texts.get("offsite.kept.title"), Texts.get("offsite.kept.failed"),
                String.valueOf(error)));
    }

    /** A folder just set up gets today's copy now, not at the next start. */
    private void copyNowIfSetUp() {
        Path workbook = workbooks.currentProperty().get();
        if (workbook != null && workbooks.openForEditing().isPresent()) {
            offsite.afterDaily(workbook);
        }
    }

    /** The backups beside the workbook and the off-disk copies, newest first. */
    private List<Backup> all(Path workbook, Optional<Path> offsiteFolder) throws IOException {
        List<Backup> all = new ArrayList<>(WorkbookBackups.list(workbook, clock.getZone()));
        offsiteFolder.ifPresent(folder -> all.addAll(OffsiteBackups.list(workbook, folder, clock.getZone())));
        all.sort(Comparator.comparing(Backup::takenAt).reversed());
        return List.copyOf(all);
    }

    private void choose(Path workbook, List<Backup> backups) {
        dialogs.chooseBackup(workbook, WorkbookBackups.folderOf(workbook), backups)
                .filter(this::confirmed)
                .ifPresent(backup -> {
                    if (OffsiteBackups.isEncrypted(backup)) {
                        encrypted.restore(workbook, backup);
                    } else {
                        workbooks.restore(backup);
                    }
                });
    }

    private boolean confirmed(Backup backup) {
        return dialogs.confirmDanger(Texts.get("restore.confirm.title"),
                Texts.get("restore.confirm.message", BackupLabels.taken(backup)), Texts.get("restore.confirm.button"));
    }
}
