package org.bridgework.ui.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.bridgework.about.Version;
import org.bridgework.backup.crypto.EncryptedFileException;
import org.bridgework.backup.crypto.EncryptedFiles;
import org.bridgework.backup.crypto.Passphrase;
import org.bridgework.exchange.EncryptedExchange;
import org.bridgework.exchange.ExchangeException;
import org.bridgework.exchange.ImportResult;
import org.bridgework.exchange.WorkbookExport;
import org.bridgework.exchange.WorkbookImport;
import org.bridgework.problems.EncryptionTexts;
import org.bridgework.store.WorkbookStore;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.DialogService;
import org.bridgework.ui.common.DialogService.ExportChoice;
import org.bridgework.ui.common.DialogService.ExportRequest;
import org.bridgework.ui.common.TaskRunner;
import org.bridgework.ui.common.WorkbookUser;
import org.bridgework.ui.portfolio.PortfolioViewModel;
import org.bridgework.ui.portfolio.RelationshipItem;

/**
 * File → Export… and File → Import…. Export asks what (the selected relationship or the whole workbook, plain or
 * encrypted with a passphrase) and where, then writes the file on the store thread; import picks a file (asking
 * the passphrase of an encrypted one), adds its relationships on the store thread (all or nothing), shows them in
 * the portfolio with the first one selected, and says what happened.
 * Edits still waiting to be saved are written first, so an export holds them and an import sees every name.
 */
public final class ExchangeViewModel implements WorkbookUser {
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    private final TaskRunner runner;
    private final DialogService dialogs;
    private final PortfolioViewModel portfolio;
    private final List<WorkbookUser> editors;
    private final Supplier<Path> folderForChoosers;
    private final Clock clock;
    private WorkbookStore workbook;

    /**
     * @param editors           the parts of the window whose pending edits are written before an export or import
     * @param folderForChoosers where the file choosers open
     */
    public ExchangeViewModel(TaskRunner runner, DialogService dialogs, PortfolioViewModel portfolio,
                             List<WorkbookUser> editors, Supplier<Path> folderForChoosers, Clock clock) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.portfolio = portfolio;
        this.editors = List.copyOf(editors);
        this.folderForChoosers = folderForChoosers;
        this.clock = clock;
    }

    @Override
    public void load(WorkbookStore opened) {
        this.workbook = opened;
        status.set("");
    }

    /** Nothing of its own is ever pending. */
    @Override
    public void flush(Consumer<Boolean> done) {
        done.accept(true);
    }

    // ---- Commands

    /** File → Export…: what, where (and the passphrase, encrypted), then the file, written whole or not at all. */
    public void export() {
        if (workbook == null || busy.get()) {
            return;
        }
        RelationshipItem selected = portfolio.selectedProperty().get();
        Optional<ExportRequest> choice = dialogs.chooseExport(
                selected == null ? null : selected.nameProperty().get(), portfolio.all().size());
        if (choice.isEmpty()) {
            return;
        }
        boolean one = choice.get().what() == ExportChoice.RELATIONSHIP && selected != null;
        boolean encrypted = choice.get().encrypted();
        String suggested = one ? ExportNames.forRelationship(selected.nameProperty().get())
                : ExportNames.forWorkbook(workbook.localFile().orElse(Path.of(workbook.displayName())), LocalDate.now(clock));
        Optional<Path> chosen = dialogs.chooseExportTarget(folderForChoosers.get(),
                encrypted ? ExportNames.encrypted(suggested) : suggested);
        if (chosen.isEmpty()) {
            return;
        }
        Path target = encrypted ? ExportNames.withGpgExtension(chosen.get())
                : ExportNames.withJsonExtension(chosen.get());
        // The chooser asked about the name as typed; with an extension added it may name another, existing file.
        if (!target.equals(chosen.get()) && Files.exists(target) && !dialogs.confirmDanger(
                Texts.get("export.replace.title"), Texts.get("export.replace.message", target),
                Texts.get("export.replace.confirm"))) {
            return;
        }
        Optional<char[]> secret = encrypted ? dialogs.askPassphrase(Texts.get("export.passphrase.title"),
                Texts.get("export.passphrase.header", target.getFileName()), Texts.get("export.passphrase.help"), true)
                : Optional.empty();
        if (encrypted && secret.isEmpty()) {
            return;
        }
        writePendingEdits();
        WorkbookStore book = workbook;
        long id = one ? selected.id() : 0;
        String name = one ? selected.nameProperty().get() : "";
        String version = Version.current();
        EncryptedExchange.PlainExport plain = file -> one ? WorkbookExport.one(book, id, file, version)
                : WorkbookExport.all(book, file, version);
        start(Texts.get(encrypted ? "export.status.encrypting" : "export.status.running"));
        runner.run(() -> secret.isEmpty() ? plain.writeTo(target) : encryptedExport(book, target, secret.get(), plain),
                count -> {
                    busy.set(false);
                    if (one && count == 0) {
                        status.set("");
                        dialogs.showError(Texts.get("export.failed.title"), Texts.get("export.gone", name), "");
                    } else {
                        status.set(Texts.get(encrypted ? "export.status.doneEncrypted" : "export.status.done",
                                count, target));
                    }
                }, error -> {
                    busy.set(false);
                    status.set("");
                    String reason = error instanceof java.io.IOException io ? WorkbookExport.reason(io)
                            : String.valueOf(error.getMessage());
                    dialogs.showError(Texts.get("export.failed.title"),
                            Texts.get("export.failed.message", target, reason), "");
                });
    }

    /** File → Import…: a file (its passphrase, if encrypted), then all of its relationships into this workbook. */
    public void importFile() {
        if (workbook == null || busy.get()) {
            return;
        }
        Optional<Path> chosen = dialogs.chooseImportSource(folderForChoosers.get());
        if (chosen.isEmpty()) {
            return;
        }
        writePendingEdits();
        WorkbookStore book = workbook;
        Path file = chosen.get();
        start(Texts.get("import.status.running", file.getFileName()));
        // Even the first bytes are read off the JavaFX thread: the file may be on a slow USB or network disk.
        runner.run(() -> EncryptedFiles.looksEncrypted(file), encrypted -> {
            if (!encrypted) {
                importWith(book, file, () -> WorkbookImport.run(book, file));
                return;
            }
            Optional<char[]> secret = dialogs.askPassphrase(Texts.get("import.passphrase.title"),
                    Texts.get("import.passphrase.header", file.getFileName()), Texts.get("import.passphrase.help"),
                    false);
            if (secret.isEmpty()) {
                busy.set(false);
                status.set("");
                return;
            }
            status.set(Texts.get("import.status.decrypting", file.getFileName()));
            importWith(book, file, () -> {
                try (Passphrase key = Passphrase.of(secret.get())) {
                    return EncryptedExchange.importFile(book, file, key);
                } finally {
                    Arrays.fill(secret.get(), '\0');
                }
            });
        }, error -> importFailed(file, error));
    }

    // ---- Read access

    /** True while an export or import runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** One line on what is running or was last done, for the status bar. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    // ---- Internals

    private void start(String running) {
        busy.set(true);
        status.set(running);
    }

    /** Queued before the export or import, on the same thread, so it sees them; a failed write reports itself. */
    private void writePendingEdits() {
        editors.forEach(editor -> editor.flush(written -> { }));
    }

    private static int encryptedExport(WorkbookStore book, Path target, char[] secret, EncryptedExchange.PlainExport plain)
            throws java.io.IOException {
        try (Passphrase key = Passphrase.of(secret)) {
            return EncryptedExchange.export(book, target, key, plain);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    private void importWith(WorkbookStore book, Path file, Callable<ImportResult> work) {
        runner.run(work, result -> {
            busy.set(false);
            String done = Texts.get("import.status.done", result.imported().size(), book.displayName());
            status.set(done);
            if (!result.imported().isEmpty() && book == workbook) {
                portfolio.reloadAndSelect(book, result.imported().get(0).id());
            }
            dialogs.showNotice(Texts.get("import.result.title"), done, details(result));
        }, error -> importFailed(file, error));
    }

    /** Says why nothing was imported: the file's problem, or why its passphrase did not open it. */
    private void importFailed(Path file, Throwable error) {
        busy.set(false);
        status.set("");
        String message;
        if (error instanceof ExchangeException refused) {
            message = refused.getMessage();
        } else if (error instanceof EncryptedFileException closed) {
            message = EncryptionTexts.headline(closed) + "\n\n" + EncryptionTexts.explanation(closed);
        } else {
            message = Texts.get("import.refused", file, String.valueOf(error.getMessage()));
        }
        dialogs.showError(Texts.get("import.failed.title"), message, "");
    }

    /** Where the relationships came from and which ones were renamed. */
    static String details(ImportResult result) {
        if (result.imported().isEmpty()) {
            return Texts.get("import.result.none");
        }
        String from = Texts.get("import.result.from", result.file());
        if (result.renamed().isEmpty()) {
            return from;
        }
        String renames = result.renamed().stream()
                .map(rename -> "\u2022 " + Texts.get("import.result.rename", rename.from(), rename.to()))
                .collect(Collectors.joining("\n"));
        return from + "\n\n" + Texts.get("import.result.renamed") + "\n" + renames;
    }
}
