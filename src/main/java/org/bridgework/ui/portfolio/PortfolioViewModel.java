package org.bridgework.ui.portfolio;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.bridgework.model.NameProblem;
import org.bridgework.model.PortfolioFilter;
import org.bridgework.model.Relationship;
import org.bridgework.model.RelationshipNames;
import org.bridgework.model.TrashedRelationship;
import org.bridgework.model.timeline.PortfolioSummary;
import java.util.function.Consumer;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.store.RelationshipRepository;
import org.bridgework.store.RepairCaseRepository;
import org.bridgework.store.WorkbookStore;
import org.bridgework.ui.common.WorkbookUser;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.AutoSave;
import org.bridgework.ui.common.DialogService;
import org.bridgework.ui.common.TaskRunner;

/** The state behind the portfolio and the details form, and the commands on relationships. */
public final class PortfolioViewModel implements WorkbookUser {
    // ---- Properties
    /**
     * Only what the order or the filter depends on reports a change through the list: the sorted list sorts all of
     * itself again for each such report. The summary and the search's hit are set on thousands of rows at once, so
     * the rows watch those themselves, and the filter is asked again once per search answer.
     */
    private final ObservableList<RelationshipItem> items = FXCollections.observableArrayList(
            item -> new Observable[] {item.nameProperty(), item.organisationProperty(), item.contactPersonProperty(),
                item.ownerProperty(), item.archivedProperty()});
    // Sorted once, then filtered: a keystroke in the search only tests each relationship again, no sorting.
    private final SortedList<RelationshipItem> sorted = new SortedList<>(items, RelationshipItem.BY_NAME);
    private final FilteredList<RelationshipItem> shown = new FilteredList<>(sorted);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final BooleanProperty showArchived = new SimpleBooleanProperty(this, "showArchived", false);
    private final ObjectProperty<RelationshipItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(this, "readOnly", false);
    /** The relationship to select again once the workbook is read again (Reopen); -1 for none. */
    private long reselect = -1;

    private static final System.Logger LOG = System.getLogger(PortfolioViewModel.class.getName());
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final AutoSave<Long, Relationship> autoSave;
    /** The search through the worksheets, beside the plain filter of the names. */
    private final PortfolioSearch worksheets;
    /** Read on the store thread by the auto-save; replaced when another workbook is opened. */
    private volatile RelationshipRepository repository;
    private final List<java.util.function.LongConsumer> beforeTrashListeners = new java.util.ArrayList<>();
    private final List<java.util.function.Consumer<TrashedRelationship>> trashedListeners = new java.util.ArrayList<>();

    private final java.time.Clock clock;
    private SelectionMemory memory = SelectionMemory.NONE;
    /** The workbook shown, for reading it again when others change it; null before the first is opened. */
    private WorkbookStore workbook;
    /** True while what others saved is put on screen: that is not an edit to save. */
    private boolean showingStored;
    /** The file of the workbook shown; null before the first is opened. */
    private java.nio.file.Path workbookFile;

    public PortfolioViewModel(TaskRunner runner, DialogService dialogs, Duration saveDelay, java.time.Clock clock) {
        this.runner = runner;
        this.clock = clock;
        this.dialogs = dialogs;
        this.autoSave = new AutoSave<>(runner, saveDelay, snapshot -> repository.update(snapshot), Relationship::name);
        autoSave.readOnlyProperty().bind(readOnly);
        this.worksheets = new PortfolioSearch(runner, this::reportFailure);
        shown.predicateProperty().bind(Bindings.createObjectBinding(this::currentFilter, search, showArchived,
                worksheets.answersShownProperty()));
        search.addListener((o, old, typed) -> worksheets.search(typed, items));
        // Something hidden by the filter cannot stay selected: the form would edit what the list does not show.
        shown.addListener((javafx.collections.ListChangeListener<RelationshipItem>) change -> {
            if (selected.get() != null && !shown.contains(selected.get())) {
                selected.set(null);
            }
        });
    }

    // ---- Commands

    /** Shows the relationships of a newly opened workbook, each with the step its repair is at. */
    @Override
    public void load(WorkbookStore workbook) {
        load(workbook, () -> { });
    }

    /**
     * Shows the workbook's relationships again, after some were added behind the list's back (an import), and
     * selects the one with {@code id}, even if the search or the archived filter hid it.
     */
    public void reloadAndSelect(WorkbookStore workbook, long id) {
        load(workbook, () -> items.stream().filter(item -> item.id() == id).findFirst().ifPresent(item -> {
            if (item.archivedProperty().get()) {
                showArchived.set(true);
            }
            if (!shown.contains(item)) {
                search.set("");
            }
            selected.set(item);
        }));
    }

    private void load(WorkbookStore workbook, Runnable then) {
        loaded.set(false);
        // Edits of the workbook being left that could not be written there must never reach this one.
        autoSave.discardAll();
        readOnly.set(workbook.readOnly());
        this.workbook = workbook;
        this.repository = workbook.relationships();
        worksheets.use(workbook.worksheetSearch());
        // A team workbook is remembered by its name, as a file by its path.
        this.workbookFile = workbook.localFile().orElse(java.nio.file.Path.of(workbook.displayName()));
        RelationshipRepository relationships = workbook.relationships();
        RepairCaseRepository repairs = workbook.repairCases();
        org.bridgework.store.PortfolioSummaryQuery summaries = workbook.summaries();
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        runner.run(() -> Contents.read(relationships, repairs, summaries, today),
                contents -> {
                    show(contents);
                    worksheets.search(search.get(), items);
                    then.run();
                }, this::reportFailure);
    }

    /**
     * Reads the portfolio again because others changed it (a team workbook) and shows the differences in place:
     * the selection, the search and the scroll stay. A relationship with edits of ours not yet saved keeps them,
     * and one that went to the Trash elsewhere leaves the list unless ours are pending on it.
     *
     * @param then told on the JavaFX thread once the list is up to date (or the read failed)
     */
    public void refreshAfterOthersChanged(Runnable then) {
        WorkbookStore source = workbook;
        if (source == null || !loaded.get()) {
            then.run();
            return;
        }
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        runner.run(() -> Contents.read(source.relationships(), source.repairCases(), source.summaries(), today),
                contents -> {
                    if (workbook == source) {
                        merge(contents);
                    }
                    then.run();
                }, error -> {
                    // The save banner tells when the server cannot be reached; the next change reads again.
                    LOG.log(System.Logger.Level.WARNING, "The portfolio could not be read again: "
                            + error.getClass().getSimpleName());
                    then.run();
                });
    }

    private void merge(Contents contents) {
        showingStored = true;
        try {
            contents.mergeInto(items, selected.get(), autoSave::hasUnsaved, this::watch);
        } finally {
            showingStored = false;
        }
    }

    /** Why {@code typed} cannot name {@code self} (null for a new relationship), or empty if it can. */
    public Optional<NameProblem> nameProblem(String typed, RelationshipItem self) {
        List<Relationship> others = items.stream().filter(item -> item != self).map(RelationshipItem::snapshot).toList();
        return RelationshipNames.check(typed, others);
    }

    /** Adds a relationship and selects it; a name with a problem is ignored (the dialog shows why). */
    public void create(String typedName) {
        create(typedName, () -> { });
    }

    /** As {@link #create(String)}, then runs {@code created} once the new relationship is stored and selected. */
    public void create(String typedName, Runnable created) {
        if (readOnly.get() || nameProblem(typedName, null).isPresent()) {
            return;
        }
        Relationship draft = Relationship.draft(RelationshipNames.clean(typedName), Instant.now());
        RelationshipRepository target = repository;
        runner.run(() -> target.create(draft), stored -> {
            RelationshipItem item = watch(new RelationshipItem(stored));
            item.stageProperty().set(RepairStep.ASSESS);
            items.add(item);
            if (!shown.contains(item)) {
                search.set("");
            }
            selected.set(item);
            created.run();
        }, this::reportFailure);
    }

    public void setArchived(RelationshipItem item, boolean archived) {
        item.archivedProperty().set(archived);
    }

    /**
     * Told, on the store thread, of each relationship about to go to the Trash, just before it goes: the place
     * to write the pending edits of its other parts (its repair), so a restore brings back everything typed.
     */
    public void addBeforeTrashListener(java.util.function.LongConsumer listener) {
        beforeTrashListeners.add(listener);
    }

    /** Told of each relationship that went to the Trash, once it is there. */
    public void addTrashedListener(java.util.function.Consumer<TrashedRelationship> listener) {
        trashedListeners.add(listener);
    }

    /**
     * Moves a relationship to the Trash, its pending edits written first. It leaves the list at once and the
     * neighbour in the list is selected next; if the workbook refuses, it comes back and the user is told.
     */
    public void moveToTrash(RelationshipItem item) {
        if (readOnly.get()) {
            return;
        }
        int index = shown.indexOf(item);
        if (!items.remove(item)) {
            return;
        }
        if (!shown.isEmpty() && index >= 0) {
            selected.set(shown.get(Math.min(index, shown.size() - 1)));
        }
        long id = item.id();
        RelationshipRepository target = repository;
        List<java.util.function.LongConsumer> before = List.copyOf(beforeTrashListeners);
        runner.run(() -> {
            autoSave.writeNow(id);
            before.forEach(listener -> listener.accept(id));
            return target.moveToTrash(id);
        }, trashed -> trashedListeners.forEach(listener -> listener.accept(trashed)), error -> {
            if (repository == target) {
                items.add(item);
            }
            reportFailure(error);
        });
    }

    /**
     * Shows a relationship that came back from the Trash, at the stage its repair has reached.
     *
     * @param select true to select it (the search and "Show archived" change if they would hide it)
     */
    public void addRestored(Relationship restored, RepairStep stage, PortfolioSummary summary, boolean select) {
        RelationshipItem item = watch(new RelationshipItem(restored));
        item.stageProperty().set(stage);
        item.summaryProperty().set(summary);
        items.add(item);
        if (!select) {
            return;
        }
        if (!shown.contains(item)) {
            search.set("");
            if (restored.archived()) {
                showArchived.set(true);
            }
        }
        selected.set(item);
    }

    /** The same relationships, now in a copy of the workbook: the list stays, unsaved edits are written there. */
    @Override
    public void continueIn(WorkbookStore copy) {
        this.repository = copy.relationships();
        worksheets.use(copy.worksheetSearch());
    }

    /** Writes every pending edit; call before closing the workbook. */
    @Override
    public void flush(Consumer<Boolean> done) {
        autoSave.flush(done);
    }

    // ---- Read access for the views

    /** The relationships the list shows: filtered and sorted by name. */
    public ObservableList<RelationshipItem> shown() {
        return shown;
    }

    /** Every relationship of the workbook, archived and filtered-out ones included. */
    public ObservableList<RelationshipItem> all() {
        return FXCollections.unmodifiableObservableList(items);
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** The search through the worksheets: how many it found, and the excerpts fetched as rows come into view. */
    PortfolioSearch worksheets() {
        return worksheets;
    }

    public BooleanProperty showArchivedProperty() {
        return showArchived;
    }

    public ObjectProperty<RelationshipItem> selectedProperty() {
        return selected;
    }

    /** True while the workbook is open read-only: editing controls are disabled by it, and nothing is written. */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /** Once the workbook has been read again, selects the relationship selected now (for Reopen). */
    public void keepSelectionOnReload() {
        reselect = selected.get() == null ? -1 : selected.get().id();
    }

    /** True once the workbook's relationships are shown. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public AutoSave<Long, Relationship> autoSave() {
        return autoSave;
    }

    /** After a save (the notes, or a repair): the search shown runs again, as the worksheets may now match or not. */
    public void searchWorksheetsAgainAfter(org.bridgework.ui.common.SaveState save) {
        worksheets.searchAgainAfter(save, items);
    }

    // ---- Internals

    private void show(Contents contents) {
        selected.set(null);
        items.setAll(contents.relationships().stream().map(stored -> watch(contents.itemOf(stored))).toList());
        loaded.set(true);
        long wanted = reselect >= 0 ? reselect : memory.recall(workbookFile).orElse(-1);
        reselect = -1;
        shown.stream().filter(item -> item.id() == wanted).findFirst().ifPresent(selected::set);
        // Not a blank pane: the one last viewed, or the only one there is.
        if (selected.get() == null && shown.size() == 1) {
            selected.set(shown.get(0));
        }
    }

    /** Where the relationship last viewed in each workbook is kept, and recalled when the workbook is opened. */
    public void setSelectionMemory(SelectionMemory memory) {
        this.memory = memory;
        selected.addListener((o, old, item) -> {
            if (item != null && workbookFile != null) {
                memory.remember(workbookFile, item.id());
            }
        });
    }

    private RelationshipItem watch(RelationshipItem item) {
        for (Observable property : item.editableProperties()) {
            property.addListener(changed -> {
                if (!showingStored) {
                    autoSave.changed(item.id(), item.snapshot());
                }
            });
        }
        return item;
    }

    private Predicate<RelationshipItem> currentFilter() {
        PortfolioFilter filter = new PortfolioFilter(search.get(), showArchived.get());
        boolean archivedShown = showArchived.get();
        // Found by its name, or by its worksheets (the hit the latest search through them left on it).
        return item -> filter.test(item.archivedProperty().get(), item::searchText)
                || item.hitProperty().get() != null && (archivedShown || !item.archivedProperty().get());
    }

    private void reportFailure(Throwable error) {
        dialogs.showError(Texts.get("error.store.title"), Texts.get("error.store.message"), String.valueOf(error.getMessage()));
    }
}
