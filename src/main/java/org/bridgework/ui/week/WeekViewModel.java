package org.bridgework.ui.week;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.bridgework.model.week.Agenda;
import org.bridgework.model.week.AgendaItem;
import org.bridgework.model.week.AgendaRules;
import org.bridgework.model.week.Snooze;
import org.bridgework.store.WorkbookStore;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.DialogService;
import org.bridgework.ui.common.TaskRunner;
import org.bridgework.ui.common.WorkbookUser;

/**
 * The agenda of the open workbook: read and assembled on the store thread (never the JavaFX thread), after the
 * workbook opens, whenever This week is shown, after each save while it is shown and a moment after the saves
 * while it is not (so it is current when shown again); only the newest result is kept.
 */
public final class WeekViewModel implements WorkbookUser {
    private static final System.Logger LOG = System.getLogger(WeekViewModel.class.getName());
    // ---- Properties
    private final ReadOnlyObjectWrapper<Agenda> agenda = new ReadOnlyObjectWrapper<>(this, "agenda");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final BooleanProperty readOnly = new SimpleBooleanProperty(this, "readOnly");
    /** The first agenda read after a workbook opened, once: the window decides from it what to show first. */
    private final ObjectProperty<Agenda> firstOfWorkbook = new SimpleObjectProperty<>(this, "firstOfWorkbook");

    private final TaskRunner store;
    private final DialogService dialogs;
    private final Clock clock;
    private final Supplier<AgendaRules> rules;
    /** How long the saves must pause before the agenda is read again behind the scenes. */
    static final java.time.Duration AFTER_SAVES = java.time.Duration.ofSeconds(1);
    private WorkbookStore workbook;
    private long generation;
    /** Counts the saves heard while This week is not shown; only the last one's pause reads the agenda again. */
    private long savesHeard;
    private boolean fresh;

    /**
     * @param rules the manager's choices from Preferences, read at every refresh
     */
    public WeekViewModel(TaskRunner store, DialogService dialogs, Clock clock, Supplier<AgendaRules> rules) {
        this.store = store;
        this.dialogs = dialogs;
        this.clock = clock;
        this.rules = rules;
    }

    @Override
    public void load(WorkbookStore opened) {
        this.workbook = opened;
        this.fresh = true;
        readOnly.set(opened != null && opened.readOnly());
        agenda.set(null);
        refresh();
    }

    @Override
    public void flush(Consumer<Boolean> done) {
        done.accept(true); // A snooze is written at once; nothing waits here.
    }

    // ---- Commands

    /** Reads the agenda again; a failure is shown. */
    public void refresh() {
        read(error -> dialogs.showError(Texts.get("error.store.title"), Texts.get("week.readFailed"),
                String.valueOf(error.getMessage())));
    }

    /**
     * Reads the agenda again because others changed the workbook. A failure is only logged: the save banner says when
     * the server cannot be reached, and the next change heard reads again.
     */
    public void refreshAfterOthersChanged() {
        read(error -> LOG.log(System.Logger.Level.WARNING, "This week could not be read again: "
                + error.getClass().getSimpleName()));
    }

    /**
     * A save was written while This week is not shown: the agenda is read again once the saves pause for
     * {@link #AFTER_SAVES}, so that Ctrl+0 shows one that is already current instead of the one before the edits
     * (on 10,000 repairs a read takes about 0.2 s: docs/benchmarks.md). Saves in quick succession, as while
     * typing, cause one read. A failure is only logged, as the save itself succeeded.
     */
    public void refreshAfterSave() {
        long mine = ++savesHeard;
        store.runAfter(AFTER_SAVES, () -> Boolean.TRUE, paused -> {
            if (mine == savesHeard) {
                refreshAfterOthersChanged();
            }
        }, error -> LOG.log(System.Logger.Level.WARNING, "This week could not be read again after a save: "
                + error.getClass().getSimpleName()));
    }

    private void read(Consumer<Throwable> failed) {
        WorkbookStore source = workbook;
        if (source == null) {
            return;
        }
        long mine = ++generation;
        LocalDate today = LocalDate.now(clock);
        AgendaRules chosen = rules.get();
        loading.set(true);
        store.run(() -> read(source, today, chosen), read -> show(mine, source, read), error -> {
            if (mine == generation) {
                loading.set(false);
            }
            failed.accept(error);
        });
    }

    /** Puts {@code item} aside until {@code until}, with the manager's reason, then shows the agenda without it. */
    public void snooze(AgendaItem item, LocalDate until, String reason) {
        WorkbookStore target = workbook;
        if (target == null) {
            return;
        }
        long mine = ++generation;
        LocalDate today = LocalDate.now(clock);
        AgendaRules chosen = rules.get();
        store.run(() -> {
            target.snoozes().snooze(new Snooze(item.relationshipId(), item.key(), until, reason));
            return read(target, today, chosen);
        }, read -> show(mine, target, read), error -> dialogs.showError(Texts.get("week.snooze.failedTitle"),
                Texts.get("week.snooze.failed", item.name()), String.valueOf(error.getMessage())));
    }

    private static Agenda read(WorkbookStore source, LocalDate today, AgendaRules chosen) {
        return Agenda.of(source.agenda().openRepairs(Agenda.lastDay(today)), today, chosen,
                source.snoozes().inForce(today));
    }

    private void show(long mine, WorkbookStore source, Agenda read) {
        if (mine != generation || source != workbook) {
            return;
        }
        loading.set(false);
        agenda.set(read);
        if (fresh) {
            fresh = false;
            firstOfWorkbook.set(read);
        }
    }

    // ---- Read access

    public ReadOnlyObjectProperty<Agenda> agendaProperty() {
        return agenda.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly;
    }

    public ObjectProperty<Agenda> firstOfWorkbookProperty() {
        return firstOfWorkbook;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
