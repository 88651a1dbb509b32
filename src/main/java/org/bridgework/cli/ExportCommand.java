package org.bridgework.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bridgework.about.Version;
import org.bridgework.backup.crypto.EncryptedFileException;
import org.bridgework.backup.crypto.Passphrase;
import org.bridgework.exchange.EncryptedExchange;
import org.bridgework.exchange.WorkbookExport;
import org.bridgework.model.Relationship;
import org.bridgework.problems.ProblemTexts;
import org.bridgework.store.WorkbookException;
import org.bridgework.store.WorkbookStore;
import org.bridgework.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bridgework export --workbook FILE [--relationship NAME] [--encrypt [--passphrase-file FILE]] OUT.json}:
 * writes the whole workbook, or one relationship, to an export file (docs/exchange-format.md), without a window,
 * encrypted as OpenPGP if asked. The file appears complete or not at all, and an existing file is never replaced.
 */
@Command(name = "export")
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    private RequiredWorkbook workbook;
    @Option(names = "--relationship", paramLabel = "NAME", descriptionKey = "relationship.export")
    private String relationship;
    @Option(names = "--encrypt", descriptionKey = "export.encrypt")
    private boolean encrypt;
    @Option(names = "--passphrase-file", paramLabel = "FILE", descriptionKey = "passphrase.file.encrypt",
            converter = FileName.class)
    private Path passphraseFile;
    @Parameters(index = "0", paramLabel = "OUT.json", descriptionKey = "export.file", converter = FileName.class)
    private Path target;
    @Mixin
    private HelpOptions help;
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        return run(workbook.workbook, Optional.ofNullable(relationship), target, encrypt, passphraseFile,
                Clock.systemDefaultZone(), spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** A plain export, as before. */
    public static int run(Path workbook, Optional<String> relationship, Path target, Clock clock, PrintWriter out,
                          PrintWriter err) {
        return run(workbook, relationship, target, false, null, clock, out, err);
    }

    /** @return the exit code: 0 when written, 1 when the workbook, the relationship or the output is not usable */
    /**
     * @param encrypt        write the file encrypted with a passphrase (OpenPGP)
     * @param passphraseFile where the passphrase is, with {@code encrypt}; null: asked at the console
     */
    public static int run(Path workbook, Optional<String> relationship, Path target, boolean encrypt,
                          Path passphraseFile, Clock clock, PrintWriter out, PrintWriter err) {
        if (!encrypt && passphraseFile != null) {
            err.println(Texts.get("cli.backup.passphraseWithoutEncrypt"));
            return 1;
        }
        if (!TeamArgument.isTeam(workbook) && !Files.exists(workbook)) {
            err.println(Texts.get("cli.check.missing", workbook));
            return 1;
        }
        if (Files.exists(target)) {
            err.println(Texts.get("cli.export.exists", target));
            return 1;
        }
        Passphrase passphrase = null;
        try (WorkbookStore book = WorkbookForReading.open(workbook, clock)) {
            if (encrypt) {
                passphrase = PassphraseInput.forEncrypting(passphraseFile);
            }
            Relationship chosen = relationship.isPresent()
                    ? RelationshipByName.find(book.relationships(), relationship.get(), workbook) : null;
            int count = passphrase == null ? export(book, chosen, target)
                    : encryptedExport(book, chosen, target, passphrase);
            out.println(Texts.get("cli.export.written", count, book.displayName(), target));
            return 0;
        } catch (EncryptedFileException e) {
            err.println(Texts.get("cli.encrypted.failed", EncryptionTextsLine.of(e)));
        } catch (WorkbookException e) {
            err.println(ProblemTexts.describe(e));
        } catch (CommandFailure e) {
            err.println(e.getMessage());
        } catch (IOException e) {
            err.println(Texts.get("cli.export.cannotWrite", target, WorkbookExport.reason(e)));
        } finally {
            if (passphrase != null) {
                passphrase.clear();
            }
        }
        return 1;
    }

    private static int export(WorkbookStore book, Relationship chosen, Path target) throws IOException {
        return chosen == null ? WorkbookExport.all(book, target, Version.current())
                : WorkbookExport.one(book, chosen.id(), target, Version.current());
    }

    /** The plain export goes to a hidden owner-only file beside the workbook, never beside the target. */
    private static int encryptedExport(WorkbookStore book, Relationship chosen, Path target, Passphrase passphrase)
            throws IOException {
        return EncryptedExchange.export(book, target, passphrase, plain -> export(book, chosen, plain));
    }
}
