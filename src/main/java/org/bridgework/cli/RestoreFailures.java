package org.bridgework.cli;

import org.bridgework.store.BackupException;
import org.bridgework.text.Texts;

/** Why a restore did not happen, in the words File → Restore from backup… uses, without its line breaks. */
final class RestoreFailures {
    private RestoreFailures() {
    }

    static String describe(BackupException failure) {
        String reason = failure.backupProblem()
                .map(problem -> Texts.get("problem." + problem.name() + ".headline"))
                .orElse(failure.detail());
        return Texts.get("restore.failed." + failure.problem().name(), failure.file(), reason, failure.file())
                .replace("\n\n", " ");
    }
}
