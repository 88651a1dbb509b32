package org.bridgework.ui.preferences;

import java.nio.file.Path;
import java.util.Optional;
import org.bridgework.settings.WeekSettings;

/**
 * What File → Preferences… edits.
 *
 * @param backupsToKeep    how many daily backups of each workbook are kept (beside it, and in the off-disk folder)
 * @param offsiteFolder    the second folder for encrypted copies; empty for none
 * @param passphraseChosen whether a passphrase was chosen before (then the fields may stay empty to keep it)
 * @param newPassphrase    a passphrase chosen in the dialog, to be kept in the secret store; empty to keep the old
 * @param week             This week's preferences
 */
public record Preferences(int backupsToKeep, Optional<Path> offsiteFolder, boolean passphraseChosen,
                          Optional<char[]> newPassphrase, WeekSettings week) {

    public Preferences(int backupsToKeep, Optional<Path> offsiteFolder, boolean passphraseChosen,
                       Optional<char[]> newPassphrase) {
        this(backupsToKeep, offsiteFolder, passphraseChosen, newPassphrase, WeekSettings.DEFAULT);
    }

    public Preferences(int backupsToKeep) {
        this(backupsToKeep, Optional.empty(), false, Optional.empty());
    }
}
