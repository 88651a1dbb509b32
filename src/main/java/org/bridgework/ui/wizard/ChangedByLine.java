package org.bridgework.ui.wizard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.model.team.ChangeStamp;
import org.bridgework.store.Collaboration;
import org.bridgework.store.TeamChangeStamps;
import org.bridgework.store.WorkbookStore;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.TaskRunner;

/**
 * "Changed by ruth at 10:42": who last changed the worksheet on screen, and when, as a team workbook's server
 * recorded it. Blank on a workbook file (one person's, so it records no names) and until the server has
 * answered; read on the store's thread.
 */
final class ChangedByLine {
    private static final System.Logger LOG = System.getLogger(ChangedByLine.class.getName());

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final TaskRunner runner;
    private final Clock clock;
    private volatile TeamChangeStamps stamps;
    private long shownRelationship = -1;
    private RepairStep shownStep;

    ChangedByLine(TaskRunner runner, Clock clock) {
        this.runner = runner;
        this.clock = clock;
    }

    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Reads from {@code store} from now on. */
    void use(WorkbookStore store) {
        stamps = store.collaboration().map(Collaboration::stamps).orElse(null);
        shownStep = null;
        text.set("");
    }

    /** Says who last changed {@code step} of the relationship's repair. */
    void show(long relationshipId, RepairStep step) {
        if (relationshipId != shownRelationship || step != shownStep) {
            text.set("");
        }
        shownRelationship = relationshipId;
        shownStep = step;
        refresh();
    }

    /** Reads it again (after a save). */
    void refresh() {
        TeamChangeStamps source = stamps;
        RepairStep step = shownStep;
        long id = shownRelationship;
        if (source == null || step == null) {
            return;
        }
        runner.run(() -> source.lastChange(id, step), found -> {
            if (id == shownRelationship && step == shownStep) {
                text.set(found.map(this::words).orElse(""));
            }
        }, error -> LOG.log(System.Logger.Level.WARNING, "Could not read who last changed the worksheet", error));
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
