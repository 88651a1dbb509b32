package org.bridgework.ui.portfolio;

import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.bridgework.model.search.Excerpt;
import org.bridgework.model.search.WorksheetHit;
import org.bridgework.text.Dates;
import org.bridgework.text.Texts;

/**
 * The line under a relationship the search found in its worksheets: where ("Conversation 12 May 2026"), the words
 * around the match with the matching words in bold, and how many other places match. Wraps within the list.
 */
final class SearchHitLine extends TextFlow {
    SearchHitLine() {
        getStyleClass().add("search-hit");
        setMinWidth(0);
    }

    /** Shows {@code hit}; null hides the line. */
    void show(WorksheetHit hit) {
        getChildren().clear();
        setVisible(hit != null);
        setManaged(hit != null);
        if (hit == null) {
            return;
        }
        Text where = new Text(where(hit) + ": ");
        where.getStyleClass().add("search-hit-where");
        getChildren().add(where);
        for (Excerpt.Part part : hit.excerpt().parts()) {
            Text text = new Text(part.text());
            text.getStyleClass().add(part.match() ? "search-hit-match" : "search-hit-text");
            getChildren().add(text);
        }
        if (hit.places() > 1) {
            Text more = new Text("  " + Texts.get("portfolio.hit.more", hit.places() - 1));
            more.getStyleClass().add("search-hit-where");
            getChildren().add(more);
        }
    }

    /** "Conversation May 12, 2026" (the day in the locale's medium form), or "Root cause" for a text without a date. */
    static String where(WorksheetHit hit) {
        String place = Texts.get("portfolio.hit.place." + hit.place().name());
        return hit.day().map(day -> Texts.get("portfolio.hit.dated", place, Dates.of(day))).orElse(place);
    }

    /** What a screen reader says of the hit: where, and the words around the match. */
    static String spoken(WorksheetHit hit) {
        return Texts.get("portfolio.hit.spoken", where(hit), hit.excerpt().text(), hit.places() - 1);
    }
}
