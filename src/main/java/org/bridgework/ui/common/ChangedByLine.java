package org.bridgework.ui.common;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.model.team.ChangeStamp;
import org.bridgework.store.Collaboration;
import org.bridgework.store.TeamChangeStamps;
import org.bridgework.store.WorkbookStore;
import org.bridgework.text.Texts;

/**
 * "Changed by ruth at 10:42": who last changed a worksheet, or a whole relationship, and when, as a team
 * workbook's server recorded it. Blank on a workbook file (one person's, so it records no names) and until the
 * server has answered; read on the store's thread.
 */
public final class ChangedByLine implements WorkbookUser {
    private static final System.Logger LOG = System.getLogger(ChangedByLine.class.getName());

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final TaskRunner runner;
    private final Clock clock;
    private volatile TeamChangeStamps stamps;
    private long shownRelationship = -1;
    /** The worksheet shown; null for the whole relationship. */
    private RepairStep shownStep;

    /** @param runner the store's thread */
    public ChangedByLine(TaskRunner runner, Clock clock) {
        this.runner = runner;
        this.clock = clock;
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Reads from {@code store} from now on. */
    public void use(WorkbookStore store) {
        stamps = store.collaboration().map(Collaboration::stamps).orElse(null);
        shownRelationship = -1;
        shownStep = null;
        text.set("");
    }

    @Override
    public void load(WorkbookStore workbook) {
        use(workbook);
    }

    @Override
    public void continueIn(WorkbookStore copy) {
        use(copy);
    }

    @Override
    public void flush(Consumer<Boolean> done) {
        done.accept(true); // it only reads
    }

    /** Says who last changed {@code step} of the relationship's repair. */
    public void show(long relationshipId, RepairStep step) {
        if (relationshipId != shownRelationship || step != shownStep) {
            text.set("");
        }
        shownRelationship = relationshipId;
        shownStep = step;
        refresh();
    }

    /** Says who last changed anything of the relationship (the timeline's line); read once per relationship. */
    public void show(long relationshipId) {
        if (relationshipId != shownRelationship || shownStep != null) {
            show(relationshipId, null); // the same one again is read after saves (refresh), not after each edit
        }
    }

    /** Shows nothing until told what to show. */
    public void clear() {
        shownRelationship = -1;
        shownStep = null;
        text.set("");
    }

    /** Reads it again (after a save). */
    public void refresh() {
        TeamChangeStamps source = stamps;
        RepairStep step = shownStep;
        long id = shownRelationship;
        if (source == null || id < 0) {
            return;
        }
        runner.run(() -> step == null ? source.lastChange(id) : source.lastChange(id, step), found -> {
            if (id == shownRelationship && step == shownStep) {
                text.set(found.map(this::words).orElse(""));
            }
        }, error -> LOG.log(System.Logger.Level.WARNING, "Could not read who last changed the worksheet", error));
    }

    /**
     * Who last changed the relationship, handed to {@code then} on the JavaFX thread: empty at once on a workbook
     * file, and empty (logged) if the server could not say, so what waits for it goes on without it.
     */
    public void lastChange(long relationshipId, Consumer<Optional<ChangeStamp>> then) {
        TeamChangeStamps source = stamps;
        if (source == null) {
            then.accept(Optional.empty());
            return;
        }
        runner.run(() -> source.lastChange(relationshipId), then, error -> {
            LOG.log(System.Logger.Level.WARNING, "Could not read who last changed the relationship", error);
            then.accept(Optional.empty());
        });
    }

    private String words(ChangeStamp stamp) {
        ZonedDateTime when = stamp.at().atZone(clock.getZone());
        if (when.toLocalDate().equals(LocalDate.now(clock))) {
            return Texts.get("wizard.changedBy.today", stamp.by(),
                    DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Locale.getDefault()).format(when));
        }
        return Texts.get("wizard.changedBy.earlier", stamp.by(), DateTimeFormatter.ofLocalizedDateTime(
                FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.getDefault()).format(when));
    }
}
