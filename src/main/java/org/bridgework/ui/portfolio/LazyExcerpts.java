package org.bridgework.ui.portfolio;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.bridgework.model.search.SearchWords;
import org.bridgework.model.search.WorksheetHit;
import org.bridgework.store.WorksheetSearch;
import org.bridgework.ui.common.TaskRunner;

/**
 * The words around the match for the rows the search listed without them (past the first ones by name, to keep the
 * search fast): fetched when a row comes into view. The rows asked for while the store thread is busy are fetched
 * together, in one query. An answer that comes after a newer search began is dropped.
 */
final class LazyExcerpts {
    private final TaskRunner runner;
    private final Consumer<Throwable> failure;
    /** Told after the words fetched are put on their rows, which then grow. */
    private final Runnable shown;
    /** Rows waiting for the next fetch, by relationship id. */
    private final Map<Long, RelationshipItem> waiting = new LinkedHashMap<>();
    /** Relationships asked for in this search, so a row scrolled past again is not fetched twice. */
    private final Set<Long> asked = new HashSet<>();
    /** Counts the searches shown; an answer for an earlier one is dropped. */
    private long search;
    private SearchWords words;
    private WorksheetSearch store;

    LazyExcerpts(TaskRunner runner, Consumer<Throwable> failure, Runnable shown) {
        this.runner = runner;
        this.failure = failure;
        this.shown = shown;
    }

    /** A new search began: nothing is fetched for the one shown until {@link #showing} names the next. */
    void forget() {
        search++;
        words = null;
        waiting.clear();
        asked.clear();
    }

    /** The hits of {@code shownWords}, found in {@code workbookSearch}, are now on the rows. */
    void showing(SearchWords shownWords, WorksheetSearch workbookSearch) {
        forget();
        words = shownWords;
        store = workbookSearch;
    }

    /** {@code item} is in view: fetches its excerpt if its hit came without one (on the JavaFX thread). */
    void want(RelationshipItem item) {
        WorksheetHit hit = item.hitProperty().get();
        if (words == null || hit == null || !hit.excerpt().parts().isEmpty() || !asked.add(item.id())) {
            return;
        }
        waiting.put(item.id(), item);
        if (waiting.size() == 1) {
            // Through the store thread and back, so every row asked for meanwhile goes in the same fetch.
            long mine = search;
            runner.run(() -> Boolean.TRUE, ignored -> fetch(mine), failure);
        }
    }

    private void fetch(long mine) {
        if (mine != search || waiting.isEmpty()) {
            return;
        }
        Map<Long, RelationshipItem> batch = new LinkedHashMap<>(waiting);
        waiting.clear();
        SearchWords asking = words;
        WorksheetSearch target = store;
        runner.run(() -> target.excerpts(asking, batch.keySet()), hits -> {
            if (mine != search) {
                return;
            }
            batch.forEach((id, item) -> {
                WorksheetHit fetched = hits.get(id);
                if (fetched != null && item.hitProperty().get() != null) {
                    item.hitProperty().set(fetched);
                }
            });
            shown.run();
        }, failure);
    }
}
