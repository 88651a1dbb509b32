package org.bridgework.ui.portfolio;

import java.text.CollationKey;
import java.text.Collator;
import java.time.Instant;
import java.util.Comparator;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.bridgework.model.PortfolioFilter;
import org.bridgework.model.Relationship;
import org.bridgework.model.RelationshipKind;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.model.timeline.PortfolioSummary;

/**
 * A relationship as the screens edit it: one observable property per field, so the list and the form
 * show the same object and every edit is seen at once. {@link #snapshot()} is what gets saved.
 */
public final class RelationshipItem {
    /**
     * By name as a reader expects (accents and case count only between otherwise equal names), then by id. The
     * portfolio sorts its whole list again after any rename, so each name's collation key is kept: comparing two
     * keys is a comparison of bytes, comparing two names with the collator is not.
     */
    static final Comparator<RelationshipItem> BY_NAME =
            Comparator.comparing(RelationshipItem::nameKey).thenComparingLong(RelationshipItem::id);

    private final long id;
    private final Instant createdAt;
    private final StringProperty name = new SimpleStringProperty(this, "name");
    private final StringProperty organisation = new SimpleStringProperty(this, "organisation");
    private final StringProperty contactPerson = new SimpleStringProperty(this, "contactPerson");
    private final StringProperty owner = new SimpleStringProperty(this, "owner");
    private final ObjectProperty<RelationshipKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final StringProperty notes = new SimpleStringProperty(this, "notes");
    private final BooleanProperty archived = new SimpleBooleanProperty(this, "archived");
    /** The stage the repair has reached ({@code RepairCase.stage()}); kept by the wizard, shown in the list. */
    private final ObjectProperty<RepairStep> stage = new SimpleObjectProperty<>(this, "stage");
    /** How the repair ended, once it is closed with Finish; null while it is open. Kept by the wizard. */
    private final ObjectProperty<org.bridgework.model.repair.Outcome> outcome = new SimpleObjectProperty<>(this, "outcome");
    /** Where its worksheets mention the words searched for; null when they do not, or nothing is searched. */
    private final ObjectProperty<org.bridgework.model.search.WorksheetHit> hit = new SimpleObjectProperty<>(this, "hit");
    /** Next due commitment, overdue count and trust trend; kept by the wizard, shown in the list. */
    private final ObjectProperty<PortfolioSummary> summary =
            new SimpleObjectProperty<>(this, "summary", PortfolioSummary.NONE);
    /** The folded text the search looks in; worked out again after an edit of a searched field. */
    private String searchText;
    /** The name's collation key, for {@link #BY_NAME}; worked out again after a rename. */
    private CollationKey nameKey;

    public RelationshipItem(Relationship stored) {
        this.id = stored.id();
        this.createdAt = stored.createdAt();
        showStored(stored);
        for (Observable searched : new Observable[] {name, organisation, contactPerson, owner}) {
            searched.addListener(changed -> searchText = null);
        }
        name.addListener(changed -> nameKey = null);
    }

    /** Shows {@code stored}: as read, or as someone else has just saved it (a team workbook). */
    public void showStored(Relationship stored) {
        name.set(stored.name());
        organisation.set(stored.organisation());
        contactPerson.set(stored.contactPerson());
        owner.set(stored.owner());
        kind.set(stored.kind());
        notes.set(stored.notes());
        archived.set(stored.archived());
    }

    /** {@link PortfolioFilter#searchText} of the current state, kept between keystrokes in the search. */
    String searchText() {
        if (searchText == null) {
            searchText = PortfolioFilter.searchText(snapshot());
        }
        return searchText;
    }

    private CollationKey nameKey() {
        if (nameKey == null) {
            nameKey = NameOrder.COLLATOR.getCollationKey(name.get());
        }
        return nameKey;
    }

    /**
     * The order of names in the user's language, made when the first name is compared, after the first frame
     * (the list is empty until the workbook is read): making it was about 15 ms of a start (docs/benchmarks.md).
     */
    private static final class NameOrder {
        static final Collator COLLATOR = Collator.getInstance();

        static {
            COLLATOR.setStrength(Collator.SECONDARY);
        }
    }

    /** The current state, as a record to save. */
    public Relationship snapshot() {
        return new Relationship(id, name.get(), organisation.get(), contactPerson.get(), owner.get(), kind.get(),
                notes.get(), archived.get(), createdAt, Instant.now());
    }

    /** Every property that is saved: a change to any of them is an edit. */
    Observable[] editableProperties() {
        return new Observable[] {name, organisation, contactPerson, owner, kind, notes, archived};
    }

    public long id() {
        return id;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty organisationProperty() {
        return organisation;
    }

    public StringProperty contactPersonProperty() {
        return contactPerson;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public ObjectProperty<RelationshipKind> kindProperty() {
        return kind;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public BooleanProperty archivedProperty() {
        return archived;
    }

    public ObjectProperty<org.bridgework.model.search.WorksheetHit> hitProperty() {
        return hit;
    }

    public ObjectProperty<PortfolioSummary> summaryProperty() {
        return summary;
    }

    public ObjectProperty<RepairStep> stageProperty() {
        return stage;
    }

    public ObjectProperty<org.bridgework.model.repair.Outcome> outcomeProperty() {
        return outcome;
    }

    @Override
    public String toString() {
        return name.get();
    }
}
