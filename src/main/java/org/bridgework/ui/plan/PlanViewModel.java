package org.bridgework.ui.plan;

import org.bridgework.files.AtomicFiles;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.print.PrinterJob;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.plan.Paper;
import org.bridgework.plan.PlanHtml;
import org.bridgework.plan.PlanPdf;
import org.bridgework.plan.PlanPrinter;
import org.bridgework.plan.PlanRequest;
import org.bridgework.plan.PlanVersion;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.ChangedByLine;
import org.bridgework.ui.common.DialogService;
import org.bridgework.ui.common.TaskRunner;
import org.bridgework.ui.portfolio.RelationshipItem;

/**
 * The plan of the selected relationship: rendered (PDF, then page images) off the JavaFX thread whenever the
 * Plan view is showing and what it shows changes; printed and saved from those very pages.
 *
 * <p>The plan is made from what the window holds (the relationship's fields and the repair as last edited), so
 * it shows edits whose save is still pending. Rendering takes its turn on the app's one background runner
 * with the saves; a result that is stale by the time it arrives (the user picked another relationship or
 * version meanwhile) is dropped by its generation number.
 */
public final class PlanViewModel {
    // ---- Properties
    private final ObjectProperty<PlanVersion> version = new SimpleObjectProperty<>(this, "version", PlanVersion.INTERNAL);
    private final ObjectProperty<Paper> paper = new SimpleObjectProperty<>(this, "paper", Paper.forLocale(Locale.getDefault()));
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private final ReadOnlyObjectWrapper<PlanPages> pages = new ReadOnlyObjectWrapper<>(this, "pages");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Clock clock;
    private final Supplier<Path> folderForChoosers;
    /** A print job for the system print dialog; empty when no printer is installed. */
    private Supplier<Optional<PrinterJob>> printerJobs = () -> Optional.ofNullable(PrinterJob.createPrinterJob());
    private RelationshipItem item;
    /** Null: no one's name is ever printed (a workbook file, or tests). */
    private ChangedByLine lastChanges;
    private RepairCase repair;
    /** Counts render requests; only the latest one's result is shown. */
    private long generation;
    private boolean rendering;
    /** Print… or Save as PDF… asked for before the pages were ready: done once they are. */
    private Runnable whenRendered;

    /**
     * @param folderForChoosers where Save as PDF… opens its chooser
     */
    public PlanViewModel(TaskRunner runner, DialogService dialogs, Clock clock, Supplier<Path> folderForChoosers) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.clock = clock;
        this.folderForChoosers = folderForChoosers;
        version.addListener((o, old, now) -> refresh());
        paper.addListener((o, old, now) -> refresh());
        active.addListener((o, old, now) -> refresh());
    }

    // ---- Commands

    /** What to show: the selected relationship and its repair (either null: nothing). */
    public void show(RelationshipItem shownItem, RepairCase shownRepair) {
        this.item = shownItem;
        this.repair = shownRepair;
        refresh();
    }

    /** Renders again if the view is showing and there is something to show. */
    public void refresh() {
        long mine = ++generation;
        Optional<PlanRequest> request = request();
        if (request.isEmpty()) {
            pages.set(null);
            rendering = false;
            whenRendered = null;
            busy.set(false);
            return;
        }
        if (!active.get()) {
            return;
        }
        rendering = true;
        busy.set(true);
        status.set(Texts.get("plan.view.rendering"));
        // Who last changed it is read on the store's thread first (a team workbook's server knows), then the
        // plan is rendered on the compute thread with it.
        PlanRequest unstamped = request.get();
        if (lastChanges == null) {
            render(mine, unstamped);
        } else {
            lastChanges.lastChange(unstamped.relationship().id(), stamp -> {
                if (mine == generation) {
                    render(mine, unstamped.withLastChange(stamp));
                }
            });
        }
    }

    private void render(long mine, PlanRequest plan) {
        runner.run(() -> PlanPages.render(PlanPdf.render(plan), PlanPages.PREVIEW_DPI), rendered -> {
            if (mine == generation) {
                rendering = false;
                pages.set(rendered);
                busy.set(false);
                status.set(Texts.get("plan.view.pages", rendered.count(), PlanHtml.versionLabel(plan.version())));
                Runnable next = whenRendered;
                whenRendered = null;
                if (next != null) {
                    next.run();
                }
            }
        }, error -> {
            if (mine == generation) {
                rendering = false;
                whenRendered = null;
                busy.set(false);
                status.set("");
                dialogs.showError(Texts.get("plan.error.title"), Texts.get("plan.error.render"), String.valueOf(error));
            }
        });
    }

    /** Print…: the system print dialog, then exactly the previewed pages. Says so plainly when there is no printer. */
    public void print() {
        if (waitForPages(this::print)) {
            return;
        }
        PlanPages shown = pages.get();
        Optional<PrinterJob> job = printerJobs.get();
        if (job.isEmpty()) {
            dialogs.showError(Texts.get("plan.print.noPrinter.title"), Texts.get("plan.print.noPrinter"), "");
            return;
        }
        if (!dialogs.showPrintDialog(job.get())) {
            job.get().cancelJob();
            return;
        }
        javafx.print.Printer printer = job.get().getPrinter();
        int copies = job.get().getJobSettings().getCopies();
        job.get().cancelJob(); // the dialog's choices are all it was for: PlanPrinter prints the PDF itself
        String name = Texts.get("plan.documentTitle", item == null ? "" : item.nameProperty().get());
        busy.set(true);
        status.set(Texts.get("plan.view.printing"));
        runner.run(() -> PlanPrinter.print(printer.getName(), copies, shown.pdf(), name), outcome -> {
            busy.set(false);
            if (outcome == PlanPrinter.Outcome.PRINTED) {
                status.set(Texts.get("plan.view.printed", shown.count(), printer.getName()));
            } else {
                status.set("");
                dialogs.showError(Texts.get("plan.error.title"), Texts.get("plan.print.failed", printer.getName()), "");
            }
        }, error -> {
            busy.set(false);
            status.set("");
            dialogs.showError(Texts.get("plan.error.title"), Texts.get("plan.print.failed", printer.getName()),
                    String.valueOf(error));
        });
    }

    /** Save as PDF…: the previewed document, written whole or not at all. */
    public void saveAsPdf() {
        if (waitForPages(this::saveAsPdf)) {
            return;
        }
        PlanPages shown = pages.get();
        Optional<Path> target = dialogs.choosePdfTarget(folderForChoosers.get(), suggestedFileName());
        if (target.isEmpty()) {
            return;
        }
        Path file = target.get();
        busy.set(true);
        runner.run(() -> {
            AtomicFiles.write(file, shown.pdf());
            return file;
        }, saved -> {
            busy.set(false);
            status.set(Texts.get("plan.view.saved", saved));
        }, error -> {
            busy.set(false);
            String reason = error instanceof java.io.IOException io ? AtomicFiles.reason(io) : String.valueOf(error);
            dialogs.showError(Texts.get("plan.error.title"), Texts.get("plan.save.failed", file, reason), "");
        });
    }

    /**
     * True when {@code action} cannot run yet: while the pages are being prepared it is kept for when they are
     * ready (Ctrl+P from another view shows the plan, then prints it); while printing or saving it is dropped.
     */
    private boolean waitForPages(Runnable action) {
        if (rendering) {
            whenRendered = action;
            return true;
        }
        return pages.get() == null || busy.get() || item == null;
    }

    /** Where the internal version learns who last changed the relationship (a team workbook's server). */
    public void readLastChangesFrom(ChangedByLine stamps) {
        this.lastChanges = stamps;
    }

    /** Replaces where print jobs come from (tests: no printer, or a fake one). */
    public void setPrinterJobs(Supplier<Optional<PrinterJob>> jobs) {
        this.printerJobs = jobs;
    }

    // ---- Read access

    public ObjectProperty<PlanVersion> versionProperty() {
        return version;
    }

    public ObjectProperty<Paper> paperProperty() {
        return paper;
    }

    /** True while the Plan view is on screen; rendering waits until it is. */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** The pages shown; null while there are none (nothing selected, or the first rendering). */
    public ReadOnlyObjectProperty<PlanPages> pagesProperty() {
        return pages.getReadOnlyProperty();
    }

    /** True while rendering, printing or saving. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** One line on what was last done. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** "Repair plan – NAME.pdf", with characters no file system takes replaced. */
    String suggestedFileName() {
        String name = item.nameProperty().get().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").strip();
        return Texts.get(version.get() == PlanVersion.SHAREABLE ? "plan.fileName.shareable" : "plan.fileName", name);
    }

    private Optional<PlanRequest> request() {
        if (item == null || repair == null || repair.relationshipId() != item.id()) {
            return Optional.empty();
        }
        return Optional.of(new PlanRequest(item.snapshot(), repair, LocalDate.now(clock), version.get(), paper.get()));
    }
}
