package org.bridgework.ui.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.bridgework.about.Version;
import org.bridgework.exchange.ExchangeException;
import org.bridgework.exchange.ImportResult;
import org.bridgework.exchange.WorkbookExport;
import org.bridgework.exchange.WorkbookImport;
import org.bridgework.store.Workbook;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.DialogService;
import org.bridgework.ui.common.DialogService.ExportChoice;
import org.bridgework.ui.common.TaskRunner;
import org.bridgework.ui.common.WorkbookUser;
import org.bridgework.ui.portfolio.PortfolioViewModel;
import org.bridgework.ui.portfolio.RelationshipItem;

/**
 * File → Export… and File → Import…. Export asks what (the selected relationship or the whole workbook) and
 * where, then writes the file on the store thread; import picks a file, adds its relationships on the store
 * thread (all or nothing), shows them in the portfolio with the first one selected, and says what happened.
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
    private Workbook workbook;

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
    public void load(Workbook opened) {
        this.workbook = opened;
        status.set("");
    }

    /** Nothing of its own is ever pending. */
    @Override
    public void flush(Consumer<Boolean> done) {
        done.accept(true);
    }

    // ---- Commands

    /** File → Export…: what, where, then the file, written whole or not at all. */
    public void export() {
        if (workbook == null || busy.get()) {
            return;
        }
        RelationshipItem selected = portfolio.selectedProperty().get();
        Optional<ExportChoice> choice = dialogs.chooseExport(
                selected == null ? null : selected.nameProperty().get(), portfolio.all().size());
        if (choice.isEmpty()) {
            return;
        }
        boolean one = choice.get() == ExportChoice.RELATIONSHIP && selected != null;
        String suggested = one ? ExportNames.forRelationship(selected.nameProperty().get())
                : ExportNames.forWorkbook(workbook.file(), LocalDate.now(clock));
        Optional<Path> chosen = dialogs.chooseExportTarget(folderForChoosers.get(), suggested);
        if (chosen.isEmpty()) {
            return;
        }
        Path target = ExportNames.withJsonExtension(chosen.get());
        // The chooser asked about the name as typed; with ".json" added it may name another, existing file.
        if (!target.equals(chosen.get()) && Files.exists(target) && !dialogs.confirmDanger(
                Texts.get("export.replace.title"), Texts.get("export.replace.message", target),
                Texts.get("export.replace.confirm"))) {
            return;
        }
        writePendingEdits();
        Workbook book = workbook;
        long id = one ? selected.id() : 0;
        String name = one ? selected.nameProperty().get() : "";
        String version = Version.current();
        start(Texts.get("export.status.running"));
        runner.run(() -> one ? WorkbookExport.one(book, id, target, version) : WorkbookExport.all(book, target, version),
                count -> {
                    busy.set(false);
                    if (one && count == 0) {
                        status.set("");
                        dialogs.showError(Texts.get("export.failed.title"), Texts.get("export.gone", name), "");
                    } else {
                        status.set(Texts.get("export.status.done", count, target));
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

    /** File → Import…: a file, then all of its relationships into this workbook, or none. */
    public void importFile() {
        if (workbook == null || busy.get()) {
            return;
        }
        Optional<Path> chosen = dialogs.chooseImportSource(folderForChoosers.get());
        if (chosen.isEmpty()) {
            return;
        }
        writePendingEdits();
        Workbook book = workbook;
        Path file = chosen.get();
        start(Texts.get("import.status.running", file.getFileName()));
        runner.run(() -> WorkbookImport.run(book, file), result -> {
            busy.set(false);
            String done = Texts.get("import.status.done", result.imported().size(), book.file().getFileName());
            status.set(done);
            if (!result.imported().isEmpty() && book == workbook) {
                portfolio.reloadAndSelect(book, result.imported().get(0).id());
            }
            dialogs.showNotice(Texts.get("import.result.title"), done, details(result));
        }, error -> {
            busy.set(false);
            status.set("");
            String message = error instanceof ExchangeException refused ? refused.getMessage()
                    : Texts.get("import.refused", file, String.valueOf(error.getMessage()));
            dialogs.showError(Texts.get("import.failed.title"), message, "");
        });
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
