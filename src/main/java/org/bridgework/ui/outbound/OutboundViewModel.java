package org.bridgework.ui.outbound;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.bridgework.about.Version;
import org.bridgework.exchange.calendar.CalendarEvent;
import org.bridgework.exchange.calendar.CalendarExport;
import org.bridgework.exchange.calendar.CalendarScope;
import org.bridgework.files.AtomicFiles;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.plan.Paper;
import org.bridgework.plan.PlanRequest;
import org.bridgework.plan.PlanVersion;
import org.bridgework.plan.mail.DraftFile;
import org.bridgework.plan.mail.MailAddress;
import org.bridgework.plan.mail.MailKind;
import org.bridgework.store.WorkbookStore;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.DialogService;
import org.bridgework.ui.common.TaskRunner;
import org.bridgework.ui.common.WorkbookUser;
import org.bridgework.ui.portfolio.PortfolioViewModel;
import org.bridgework.ui.portfolio.RelationshipItem;

/**
 * File → Export to calendar… and Relationship → E-mail draft: asks what and where on the JavaFX thread, makes
 * the file off it (the calendar on the store thread, which reads the workbook; a draft, with its plan PDF, on
 * the compute thread), and says in the status bar what happened. Failures are shown, never dropped.
 */
public final class OutboundViewModel implements WorkbookUser {
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final TaskRunner store;
    private final TaskRunner compute;
    private final DialogService dialogs;
    private OutboundDialogs questions;
    private final PortfolioViewModel portfolio;
    private final Supplier<RepairCase> shownRepair;
    private final List<WorkbookUser> editors;
    private final Supplier<Path> folderForChoosers;
    private final Clock clock;
    private MailProgram mail;
    /** Where a draft is written for the mail program to open: the system's temporary folder, or a test's own. */
    private Path draftsFolder = Path.of(System.getProperty("java.io.tmpdir"), "bridgework-drafts");
    private WorkbookStore workbook;

    /**
     * @param shownRepair the repair the window holds (with edits not saved yet), of the selected relationship
     * @param editors     the parts whose pending edits are written before the calendar reads the workbook
     */
    public OutboundViewModel(TaskRunner store, TaskRunner compute, DialogService dialogs, OutboundDialogs questions,
                             PortfolioViewModel portfolio, Supplier<RepairCase> shownRepair, List<WorkbookUser> editors,
                             Supplier<Path> folderForChoosers, Clock clock, MailProgram mail) {
        this.store = store;
        this.compute = compute;
        this.dialogs = dialogs;
        this.questions = questions;
        this.portfolio = portfolio;
        this.shownRepair = shownRepair;
        this.editors = List.copyOf(editors);
        this.folderForChoosers = folderForChoosers;
        this.clock = clock;
        this.mail = mail;
    }

    @Override
    public void load(WorkbookStore opened) {
        workbook = opened;
        status.set("");
    }

    @Override
    public void flush(Consumer<Boolean> done) {
        done.accept(true);
    }

    // ---- Commands

    /** File → Export to calendar…: which relationships, for whom, where; then the .ics, whole or not at all. */
    public void exportCalendar() {
        if (workbook == null) {
            return;
        }
        RelationshipItem selected = portfolio.selectedProperty().get();
        Optional<CalendarChoice> choice = questions.chooseCalendar(selected == null ? null : selected.nameProperty().get());
        if (choice.isEmpty()) {
            return;
        }
        boolean one = choice.get().onlySelected() && selected != null;
        String title = one ? selected.nameProperty().get()
                : workbook.localFile().map(OutboundViewModel::withoutExtension).orElse(workbook.displayName());
        Optional<Path> target = questions.chooseTarget(Texts.get("calendar.save.title"), folderForChoosers.get(),
                safe(Texts.get("calendar.fileName", title)), Texts.get("calendar.filter"), ".ics");
        if (target.isEmpty()) {
            return;
        }
        editors.forEach(editor -> editor.flush(written -> { }));
        WorkbookStore book = workbook;
        long id = one ? selected.id() : 0;
        CalendarScope scope = new CalendarScope(LocalDate.now(clock), OptionalInt.empty(), choice.get().shareable());
        Path file = target.get();
        status.set(Texts.get("calendar.status.running"));
        store.run(() -> {
            List<Relationship> chosen = book.relationships().findAll().stream()
                    .filter(r -> !one || r.id() == id).toList();
            List<CalendarEvent> events = CalendarExport.events(book, chosen, scope);
            return CalendarExport.write(file, events, title, Version.current(), clock.instant());
        }, count -> status.set(Texts.get("calendar.status.done", count, file)), error -> failed(file, error));
    }

    /** Relationship → E-mail draft: who to (may be left empty), then the draft opened in the mail program. */
    public void draft(MailKind kind) {
        Optional<PlanRequest> request = request();
        if (request.isEmpty()) {
            return;
        }
        Relationship r = request.get().relationship();
        Optional<List<MailAddress>> to = recipients(r);
        if (to.isEmpty()) {
            return;
        }
        String fileName = DraftFile.fileName(kind, r.name());
        ZonedDateTime now = ZonedDateTime.now(clock);
        status.set(Texts.get("mail.status.running"));
        Path drafts = draftsFolder;
        compute.run(() -> {
            byte[] eml = DraftFile.build(kind, request.get(), to.get(), List.of(), now, UUID.randomUUID());
            Path folder = Files.createDirectories(drafts);
            Path draft = folder.resolve(fileName);
            AtomicFiles.write(draft, eml);
            return new Made(draft, eml, mail.open(draft));
        }, made -> {
            if (made.opened()) {
                status.set(Texts.get("mail.status.opened", made.file().getFileName()));
            } else {
                saveWhereChosen(made, fileName);
            }
        }, error -> {
            status.set("");
            dialogs.showError(Texts.get("mail.error.title"), Texts.get("mail.error.make"), String.valueOf(error));
        });
    }

    /** Writes drafts into {@code folder} from now on (tests: a folder of their own, removed after them). */
    public void keepDraftsIn(Path folder) {
        this.draftsFolder = folder;
    }

    /** Replaces the questions and the mail program (tests: answers without a dialog, a mail program or none). */
    public void answerWith(OutboundDialogs otherQuestions, MailProgram otherMail) {
        this.questions = otherQuestions;
        this.mail = otherMail;
    }

    // ---- Read access

    /** One line on what was last done, for the status bar. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The selected relationship and the repair the window holds, for the brief and the drafts. */
    public Optional<PlanRequest> request() {
        RelationshipItem item = portfolio.selectedProperty().get();
        RepairCase repair = shownRepair.get();
        if (item == null || repair == null || repair.relationshipId() != item.id()) {
            return Optional.empty();
        }
        return Optional.of(new PlanRequest(item.snapshot(), repair, LocalDate.now(clock), PlanVersion.INTERNAL,
                Paper.forLocale(java.util.Locale.getDefault())));
    }

    // ---- Internals

    private record Made(Path file, byte[] eml, boolean opened) {
    }

    /** Asks until what is typed is a list of addresses (or nothing); empty when the user cancels. */
    private Optional<List<MailAddress>> recipients(Relationship r) {
        String typed = MailAddress.findIn(r.contactPerson()).orElse("");
        String problem = "";
        while (true) {
            Optional<String> answer = questions.askRecipients(r.name(), typed, problem);
            if (answer.isEmpty()) {
                return Optional.empty();
            }
            Optional<List<MailAddress>> parsed = MailAddress.parseList(answer.get());
            if (parsed.isPresent()) {
                return parsed;
            }
            typed = answer.get();
            problem = Texts.get("mail.to.problem");
        }
    }

    /** No mail program is set: the draft is saved where the user chooses, to open by hand. */
    private void saveWhereChosen(Made made, String fileName) {
        Optional<Path> target = questions.chooseTarget(Texts.get("mail.save.title"), folderForChoosers.get(), fileName,
                Texts.get("mail.filter"), ".eml");
        if (target.isEmpty()) {
            status.set(Texts.get("mail.status.kept", made.file()));
            return;
        }
        Path file = target.get();
        compute.run(() -> {
            AtomicFiles.write(file, made.eml());
            return file;
        }, saved -> status.set(Texts.get("mail.status.saved", saved)), error -> failed(file, error));
    }

    private void failed(Path file, Throwable error) {
        status.set("");
        String reason = error instanceof IOException io ? AtomicFiles.reason(io) : String.valueOf(error.getMessage());
        dialogs.showError(Texts.get("outbound.error.title"), Texts.get("outbound.error.write", file, reason), "");
    }

    private static String withoutExtension(Path file) {
        String name = String.valueOf(file.getFileName());
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String safe(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").strip();
    }
}
