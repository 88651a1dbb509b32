package org.bridgework.ui.main;

import java.nio.file.Path;
import java.time.Clock;
import org.bridgework.backup.crypto.Passphrase;
import org.bridgework.offsite.OffsiteBackups;
import org.bridgework.offsite.OffsiteResult;
import org.bridgework.offsite.PassphraseKeeper;
import org.bridgework.settings.AppSettings;
import org.bridgework.store.Workbook;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.DialogService;
import org.bridgework.ui.common.SlowStep;
import org.bridgework.ui.common.SlowSteps;
import org.bridgework.ui.common.TaskRunner;

/**
 * File → Back up now to…: an encrypted copy of the open workbook as saved, in a folder the user picks. The copy is
 * made on the store thread (which owns the workbook's connection), with a progress dialog if it takes a moment.
 */
final class BackUpNow {
    private final TaskRunner store;
    private final TaskRunner backups;
    private final SlowSteps steps;
    private final DialogService dialogs;
    private final AppSettings settings;
    private final PassphraseKeeper passphrase;
    private final OffsiteCopies offsite;
    private final Clock clock;

    BackUpNow(TaskRunner store, TaskRunner backups, SlowSteps steps, DialogService dialogs, AppSettings settings,
              PassphraseKeeper passphrase, OffsiteCopies offsite, Clock clock) {
        this.store = store;
        this.backups = backups;
        this.steps = steps;
        this.dialogs = dialogs;
        this.settings = settings;
        this.passphrase = passphrase;
        this.offsite = offsite;
        this.clock = clock;
    }

    void start(Workbook workbook, Path initialFolder) {
        dialogs.chooseFolder(Texts.get("backupNow.choose.title"), settings.offsiteFolder().orElse(initialFolder))
                .ifPresent(folder -> backups.run(passphrase::known, known -> known.ifPresentOrElse(
                        secret -> copy(workbook, folder, secret), () -> ask(workbook, folder)),
                        error -> failed(folder, String.valueOf(error))));
    }

    /** The passphrase chosen before, or a new one when no off-disk folder was ever set up; kept for this run. */
    private void ask(Workbook workbook, Path folder) {
        boolean choosing = settings.offsiteFolder().isEmpty();
        dialogs.askPassphrase(Texts.get("backupNow.title"), Texts.get(choosing ? "backupNow.passphrase.new"
                : "backupNow.passphrase.known"), choosing).ifPresent(secret -> {
                    passphrase.rememberForThisRun(secret);
                    copy(workbook, folder, secret);
                });
    }

    private void copy(Workbook workbook, Path folder, char[] secret) {
        SlowStep step = steps.begin(Texts.get("backupNow.working"), false);
        store.run(() -> {
            try (Passphrase key = Passphrase.of(secret)) {
                return OffsiteBackups.copyNow(workbook, folder, key, clock);
            } finally {
                PassphraseKeeper.wipe(secret);
            }
        }, result -> {
            step.finish();
            done(result, folder);
        }, error -> {
            step.finish();
            failed(folder, String.valueOf(error));
        });
    }

    private void done(OffsiteResult result, Path folder) {
        if (result.made().isPresent()) {
            offsite.madeNow(folder);
            dialogs.showNotice(Texts.get("backupNow.title"), Texts.get("backupNow.done.header"),
                    Texts.get("backupNow.done.text", result.made().get()));
            return;
        }
        failed(folder, Texts.get("offsite.problem." + result.problem().orElseThrow().name(), folder)
                + "\n\n" + result.detail());
    }

    private void failed(Path folder, String why) {
        dialogs.showError(Texts.get("backupNow.failed.title"), Texts.get("backupNow.failed", folder), why);
    }
}
