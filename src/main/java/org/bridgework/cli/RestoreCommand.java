package org.bridgework.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.bridgework.backup.crypto.EncryptedFileException;
import org.bridgework.problems.ProblemTexts;
import org.bridgework.store.BackupException;
import org.bridgework.store.FolderBackups;
import org.bridgework.store.Workbook;
import org.bridgework.store.WorkbookException;
import org.bridgework.store.WorkbookRestore;
import org.bridgework.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bridgework restore --workbook FILE --from BACKUP [--passphrase-file FILE]}: puts a backup, plain or
 * encrypted, in the place of the workbook, as File → Restore from backup… does: the backup is checked first and
 * the workbook as it was is saved as a "before restore" copy. Refused while a window has the workbook open. A
 * workbook that does not exist (a new laptop) is made from the backup.
 */
@Command(name = "restore")
public final class RestoreCommand implements Callable<Integer> {
    @Mixin
    private RequiredWorkbook workbook;
    @Option(names = "--from", paramLabel = "BACKUP", required = true, descriptionKey = "restore.from",
            converter = FileName.class)
    private Path backup;
    @Option(names = "--passphrase-file", paramLabel = "FILE", descriptionKey = "passphrase.file.decrypt",
            converter = FileName.class)
    private Path passphraseFile;
    @Mixin
    private HelpOptions help;
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        return run(workbook.workbook, backup, passphraseFile, Clock.systemDefaultZone(),
                spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** @return 0 when restored, 1 when not (the workbook is then as it was) */
    public static int run(Path workbook, Path backup, Path passphraseFile, Clock clock, PrintWriter out,
                          PrintWriter err) {
        if (!Files.isRegularFile(backup)) {
            err.println(Texts.get("cli.restore.noBackup", backup));
            return 1;
        }
        Path folder = workbook.toAbsolutePath().normalize().getParent();
        if (!Files.isDirectory(folder)) {
            err.println(Texts.get("cli.backup.noFolder", folder));
            return 1;
        }
        try (DecryptedCopy plain = DecryptedCopy.of(backup, folder, passphraseFile)) {
            if (Files.exists(workbook)) {
                try (Workbook current = Workbook.open(workbook, clock)) {
                    WorkbookRestore.Restored restored = WorkbookRestore.restore(current, plain.file(), clock);
                    restored.workbook().close();
                    out.println(Texts.get("cli.restore.done", backup, workbook, restored.beforeRestore()));
                }
            } else {
                FolderBackups.restoreIntoNew(plain.file(), backup, workbook);
                out.println(Texts.get("cli.restore.doneIntoNew", backup, workbook));
            }
            return 0;
        } catch (WorkbookException e) {
            err.println(ProblemTexts.describe(e));
        } catch (BackupException e) {
            err.println(Texts.get("cli.restore.failed", backup, RestoreFailures.describe(e)));
        } catch (EncryptedFileException e) {
            err.println(Texts.get("cli.encrypted.failed", EncryptionTextsLine.of(e)));
        } catch (CommandFailure e) {
            err.println(e.getMessage());
        } catch (IOException e) {
            err.println(Texts.get("cli.restore.failed", backup, e.getMessage()));
        }
        return 1;
    }
}
