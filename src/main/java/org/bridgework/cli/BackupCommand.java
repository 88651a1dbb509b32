package org.bridgework.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bridgework.backup.crypto.Passphrase;
import org.bridgework.problems.ProblemTexts;
import org.bridgework.store.BackupException;
import org.bridgework.store.FolderBackups;
import org.bridgework.store.Workbook;
import org.bridgework.store.WorkbookException;
import org.bridgework.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bridgework backup --workbook FILE --to DIR [--encrypt] [--passphrase-file FILE]}: a consistent copy of
 * the workbook in DIR under the daily backup's name, encrypted as OpenPGP ({@code .db.gpg}) if asked. Works while
 * a window has the workbook open: the copy is read from a snapshot.
 */
@Command(name = "backup")
public final class BackupCommand implements Callable<Integer> {
    @Mixin
    private RequiredWorkbook workbook;
    @Option(names = "--to", paramLabel = "DIR", required = true, descriptionKey = "backup.to",
            converter = FileName.class)
    private Path folder;
    @Option(names = "--encrypt", descriptionKey = "backup.encrypt")
    private boolean encrypt;
    @Option(names = "--passphrase-file", paramLabel = "FILE", descriptionKey = "passphrase.file.encrypt",
            converter = FileName.class)
    private Path passphraseFile;
    @Mixin
    private HelpOptions help;
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        return run(workbook.workbook, folder, encrypt, passphraseFile, Clock.systemDefaultZone(),
                spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** @return 0 when the copy is written, 1 when it could not be (nothing is left in the folder then) */
    public static int run(Path workbook, Path folder, boolean encrypt, Path passphraseFile, Clock clock,
                          PrintWriter out, PrintWriter err) {
        if (!Files.exists(workbook)) {
            err.println(Texts.get("cli.check.missing", workbook));
            return 1;
        }
        if (!Files.isDirectory(folder)) {
            err.println(Texts.get("cli.backup.noFolder", folder));
            return 1;
        }
        if (passphraseFile != null && !encrypt) {
            err.println(Texts.get("cli.backup.passphraseWithoutEncrypt"));
            return 1;
        }
        Passphrase passphrase = null;
        try (Workbook book = WorkbookForReading.openFile(workbook, clock)) {
            passphrase = encrypt ? PassphraseInput.forEncrypting(passphraseFile) : null;
            Path written = FolderBackups.write(book, folder, Optional.ofNullable(passphrase), clock);
            out.println(Texts.get(encrypt ? "cli.backup.writtenEncrypted" : "cli.backup.written", workbook, written));
            return 0;
        } catch (WorkbookException e) {
            err.println(ProblemTexts.describe(e));
        } catch (CommandFailure e) {
            err.println(e.getMessage());
        } catch (BackupException e) {
            err.println(Texts.get("cli.backup.cannotWrite", e.file(), e.detail()));
        } finally {
            if (passphrase != null) {
                passphrase.clear();
            }
        }
        return 1;
    }
}
