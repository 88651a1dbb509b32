package org.bridgework.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.bridgework.backup.crypto.EncryptedFileException;
import org.bridgework.backup.crypto.EncryptedFiles;
import org.bridgework.exchange.ExchangeException;
import org.bridgework.exchange.ImportResult;
import org.bridgework.exchange.WorkbookImport;
import org.bridgework.problems.ProblemTexts;
import org.bridgework.store.Workbook;
import org.bridgework.store.WorkbookException;
import org.bridgework.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bridgework import --workbook FILE IN.json}: adds the relationships of an export file to a workbook,
 * all of them or, if the file has any problem, none. A workbook that does not exist yet is made for them; if
 * the import fails, it is removed again, so a failed import leaves nothing behind. An encrypted export (OpenPGP)
 * is opened first, with the passphrase from {@code --passphrase-file} or the console.
 */
@Command(name = "import")
public final class ImportCommand implements Callable<Integer> {
    @Mixin
    private RequiredWorkbook workbook;
    @Parameters(index = "0", paramLabel = "IN.json", descriptionKey = "import.file", converter = FileName.class)
    private Path source;
    @Option(names = "--passphrase-file", paramLabel = "FILE", descriptionKey = "passphrase.file.decrypt",
            converter = FileName.class)
    private Path passphraseFile;
    @Mixin
    private HelpOptions help;
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        return run(workbook.workbook, source, passphraseFile, Clock.systemDefaultZone(), spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }

    /** A plain export file, as before. */
    public static int run(Path workbook, Path source, Clock clock, PrintWriter out, PrintWriter err) {
        return run(workbook, source, null, clock, out, err);
    }

    /** @return the exit code: 0 when imported, 1 when the workbook or the file is not usable (nothing imported) */
    public static int run(Path workbook, Path source, Path passphraseFile, Clock clock, PrintWriter out,
                          PrintWriter err) {
        if (EncryptedFiles.looksEncrypted(source)) {
            Path folder = TeamArgument.isTeam(workbook) ? source.toAbsolutePath().getParent()
                    : workbook.toAbsolutePath().normalize().getParent();
            // Opened before the workbook is touched: a wrong passphrase or a damaged file changes nothing.
            try (DecryptedCopy plain = DecryptedCopy.of(source, folder, passphraseFile)) {
                return importFile(workbook, plain.file(), source, clock, out, err);
            } catch (EncryptedFileException e) {
                err.println(Texts.get("cli.encrypted.failed", EncryptionTextsLine.of(e)));
            } catch (CommandFailure e) {
                err.println(e.getMessage());
            } catch (IOException e) {
                err.println(Texts.get("cli.import.refused", e.getMessage()));
            }
            return 1;
        }
        return importFile(workbook, source, source, clock, out, err);
    }

    /** @param named the file the user named, for messages ({@code source} may be its opened copy) */
    private static int importFile(Path workbook, Path source, Path named, Clock clock, PrintWriter out,
                                  PrintWriter err) {
        java.util.Optional<org.bridgework.store.TeamAddress> team;
        try {
            team = TeamArgument.of(workbook);
        } catch (CommandFailure e) {
            err.println(e.getMessage());
            return 1;
        }
        if (team.isPresent()) {
            return TeamImport.run(team.get(), source, named, clock, out, err);
        }
        boolean made = Files.notExists(workbook);
        if (made && !Files.isRegularFile(source)) {
            // Never leave a new, empty workbook behind for a file that is not there (a typo, most likely).
            err.println(Texts.get("cli.import.noFile", source));
            return 1;
        }
        boolean imported = false;
        try (Workbook book = Workbook.open(workbook, clock)) {
            ImportResult result = WorkbookImport.run(book, source);
            imported = true;
            out.println(Texts.get(made ? "cli.import.doneIntoNew" : "cli.import.done", result.imported().size(),
                    named, workbook));
            for (ImportResult.Rename rename : result.renamed()) {
                out.println(Texts.get("cli.import.renamed", rename.from(), rename.to()));
            }
            return 0;
        } catch (WorkbookException e) {
            err.println(ProblemTexts.describe(e));
        } catch (ExchangeException e) {
            err.println(Texts.get("cli.import.refused", e.getMessage()));
        } finally {
            if (made && !imported) {
                removeNew(workbook);
            }
        }
        return 1;
    }

    /** The workbook made for an import that failed, with the files SQLite keeps beside it. */
    private static void removeNew(Path workbook) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(workbook.resolveSibling(workbook.getFileName() + suffix));
            } catch (IOException e) {
                // Left behind: an empty workbook, harmless and found by its name.
            }
        }
    }
}
