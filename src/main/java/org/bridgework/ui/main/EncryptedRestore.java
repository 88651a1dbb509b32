package org.bridgework.ui.main;

import java.nio.file.Path;
import org.bridgework.backup.crypto.EncryptedFileException;
import org.bridgework.backup.crypto.Passphrase;
import org.bridgework.offsite.OffsiteBackups;
import org.bridgework.offsite.PassphraseKeeper;
import org.bridgework.problems.EncryptionTexts;
import org.bridgework.store.Backup;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.DialogService;
import org.bridgework.ui.common.SlowStep;
import org.bridgework.ui.common.SlowSteps;
import org.bridgework.ui.common.TaskRunner;

/**
 * Restoring an encrypted off-disk copy: the passphrase from the secret store (or asked for), the copy decrypted to
 * a hidden file beside the workbook on the backup thread, then the usual restore, which checks it, keeps the
 * workbook as it was and replaces it. A wrong passphrase or a damaged copy is said in plain words; nothing changes.
 */
final class EncryptedRestore {
    private final TaskRunner thread;
    private final SlowSteps steps;
    private final DialogService dialogs;
    private final PassphraseKeeper passphrase;
    private final WorkbookSwitcher workbooks;

    EncryptedRestore(TaskRunner thread, SlowSteps steps, DialogService dialogs, PassphraseKeeper passphrase,
                     WorkbookSwitcher workbooks) {
        this.thread = thread;
        this.steps = steps;
        this.dialogs = dialogs;
        this.passphrase = passphrase;
        this.workbooks = workbooks;
    }

    /** Restores {@code copy} (already confirmed by the user) over {@code workbook}. */
    void restore(Path workbook, Backup copy) {
        thread.run(passphrase::known, known -> known.ifPresentOrElse(
                secret -> decrypt(workbook, copy, secret, true), () -> ask(workbook, copy)),
                error -> dialogs.showError(Texts.get("restore.failed.title"), Texts.get("restore.failed.unexpected"),
                        String.valueOf(error)));
    }

    private void ask(Path workbook, Backup copy) {
        dialogs.askPassphrase(Texts.get("restore.passphrase.title"),
                        Texts.get("restore.passphrase.header", copy.file().getFileName()), false)
                .ifPresent(secret -> decrypt(workbook, copy, secret, false));
    }

    /** @param kept whether the passphrase came from the secret store (a copy made before a change of passphrase) */
    private void decrypt(Path workbook, Backup copy, char[] secret, boolean kept) {
        SlowStep step = steps.begin(Texts.get("restore.decrypting"), false);
        thread.run(() -> {
            try (Passphrase key = Passphrase.of(secret)) {
                return OffsiteBackups.decryptForRestore(copy.file(), workbook, key);
            } finally {
                PassphraseKeeper.wipe(secret);
            }
        }, plain -> {
            step.finish();
            workbooks.restore(new Backup(plain, copy.kind(), copy.takenAt(), copy.timeKnown(), copy.size()));
        }, error -> {
            step.finish();
            if (error instanceof EncryptedFileException refused) {
                if (kept && refused.kind() == EncryptedFileException.Kind.WRONG_PASSPHRASE) {
                    ask(workbook, copy); // Made with an earlier passphrase: the user may know it.
                    return;
                }
                dialogs.showError(Texts.get("restore.failed.title"),
                        EncryptionTexts.headline(refused) + "\n\n" + EncryptionTexts.explanation(refused),
                        String.valueOf(refused.getMessage()));
                return;
            }
            dialogs.showError(Texts.get("restore.failed.title"), Texts.get("restore.failed.unexpected"),
                    String.valueOf(error));
        });
    }
}
