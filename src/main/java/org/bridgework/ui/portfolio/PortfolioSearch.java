package org.bridgework.ui.portfolio;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import org.bridgework.model.search.SearchWords;
import org.bridgework.model.search.WorksheetHit;
import org.bridgework.store.WorksheetSearch;
import org.bridgework.ui.common.TaskRunner;

/**
 * The portfolio's search through the worksheets: each change of the search text asks the store, off the JavaFX
 * thread, where the worksheets mention the words, and marks each relationship found with its hit. The newest text
 * wins: a search asked for before a newer one is skipped if it has not started, and its answer ignored if it has.
 * One or two letters search the names only (the plain filter), so the hits are cleared at once.
 */
final class PortfolioSearch {
    private final TaskRunner runner;
    private final Consumer<Throwable> failure;
    /** Numbers each search asked for; only the answer to the latest is shown. */
    private final AtomicLong latest = new AtomicLong();
    private final ReadOnlyIntegerWrapper found = new ReadOnlyIntegerWrapper(this, "found", 0);
    /** Counts the answers put on the rows: the list filters again once per answer, not once per row marked. */
    private final ReadOnlyLongWrapper answersShown = new ReadOnlyLongWrapper(this, "answersShown", 0);
    /** Counts the batches of words around the match put on rows shown without them (the rows grow). */
    private final ReadOnlyLongWrapper excerptsShown = new ReadOnlyLongWrapper(this, "excerptsShown", 0);
    /** True while the worksheets are searched for words not yet answered. */
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(this, "searching", false);
    /** Replaced when another workbook is opened; read on the store thread. */
    private volatile WorksheetSearch store;
    private SearchWords shown = SearchWords.of("");
    /** The words of the newest search asked for, shown or still under way. */
    private SearchWords asked = SearchWords.of("");
    private final LazyExcerpts excerpts;

    PortfolioSearch(TaskRunner runner, Consumer<Throwable> failure) {
        this.runner = runner;
        this.failure = failure;
        this.excerpts = new LazyExcerpts(runner, failure, () -> excerptsShown.set(excerptsShown.get() + 1));
    }

    /** Searches {@code store} from now on. */
    void use(WorksheetSearch workbookSearch) {
        this.store = workbookSearch;
        shown = SearchWords.of("");
        asked = shown;
        searching.set(false);
        excerpts.forget();
    }

    /** Looks for {@code typed} in the worksheets and marks {@code items} with what is found (on the JavaFX thread). */
    void search(String typed, List<RelationshipItem> items) {
        SearchWords words = SearchWords.of(typed);
        asked = words;
        long mine = latest.incrementAndGet();
        excerpts.forget();
        if (!words.searchesWorksheets() || store == null) {
            show(words, Map.of(), items);
            return;
        }
        WorksheetSearch target = store;
        searching.set(true);
        runner.run(() -> latest.get() == mine ? target.find(words) : null, hits -> {
            if (hits != null && latest.get() == mine && target == store) {
                show(words, hits, items);
            }
        }, error -> {
            if (latest.get() == mine) {
                searching.set(false);
            }
            failure.accept(error);
        });
    }

    /**
     * Searches the worksheets again for the newest words asked for, if they search the worksheets: called after each
     * save, so a word just typed into a worksheet (or removed from it) is found (or no longer found) without retyping
     * the search. The newest words, not those shown: a save while a newer search waits (typing in the search hides
     * the selected relationship, and its editor saves) must not replace that search by the older one.
     */
    void searchAgainAfter(org.bridgework.ui.common.SaveState save, List<RelationshipItem> items) {
        if (save == org.bridgework.ui.common.SaveState.SAVED && asked.searchesWorksheets()) {
            search(asked.typed(), items);
        }
    }

    /** {@code item}'s row is in view: the words around its match are fetched if its hit came without them. */
    void wantExcerpt(RelationshipItem item) {
        excerpts.want(item);
    }

    /** How many relationships the worksheets' search found (0 when it did not search). */
    ReadOnlyIntegerProperty foundProperty() {
        return found.getReadOnlyProperty();
    }

    /** Changes once each time an answer has been put on the rows: the filter must test them again. */
    ReadOnlyLongProperty answersShownProperty() {
        return answersShown.getReadOnlyProperty();
    }

    /** Changes once each time words around the match have been put on rows in view. */
    ReadOnlyLongProperty excerptsShownProperty() {
        return excerptsShown.getReadOnlyProperty();
    }

    /** True from asking the worksheets until their answer is shown (or fails). */
    ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    /** The words of the search whose hits are shown. */
    SearchWords shownWords() {
        return shown;
    }

    private void show(SearchWords words, Map<Long, WorksheetHit> hits, List<RelationshipItem> items) {
        shown = words;
        excerpts.showing(words, store);
        for (RelationshipItem item : items) {
            WorksheetHit hit = hits.get(item.id());
            if (item.hitProperty().get() != hit) {
                item.hitProperty().set(hit);
            }
        }
        found.set(hits.size());
        searching.set(false);
        answersShown.set(answersShown.get() + 1);
    }
}
