package org.bridgework.ui.team;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.bridgework.model.team.TextChange;
import org.bridgework.text.Texts;

/**
 * A history entry in plain words: which text ("Prepare · Fact 2 · Source", the worksheet and field as the wizard
 * names them), when in local time, and a short excerpt of the change, for the list and for screen readers.
 */
final class ChangeWords {
    /** How many characters of each side the list shows; the detail pane shows the whole text. */
    static final int EXCERPT = 40;

    private final DateTimeFormatter when;

    ChangeWords(ZoneId zone) {
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withZone(zone);
    }

    /** Which text changed: worksheet, list entry (numbered from 1, as the wizard numbers them) and field. */
    String what(TextChange change) {
        String table = change.field().substring(0, Math.max(0, change.field().indexOf('.')));
        String key = "history.field." + change.field();
        String field = Texts.has(key) ? Texts.get(key) : change.field();
        String sheet = Texts.has("history.sheet." + table) ? Texts.get("history.sheet." + table) : table;
        String entry = entry(table, change.entry());
        return entry.isEmpty() ? Texts.get("history.what", sheet, field)
                : Texts.get("history.whatInEntry", sheet, entry, field);
    }

    String when(TextChange change) {
        return when.format(change.stamp().at());
    }

    /** "“old words…” → “new words”", or what a new or removed entry held. */
    String excerpt(TextChange change) {
        return switch (change.kind()) {
            case ADDED -> Texts.get("history.excerpt.added", shorten(change.after()));
            case REMOVED -> Texts.get("history.excerpt.removed", shorten(change.before()));
            case CHANGED -> Texts.get("history.excerpt.changed", shorten(change.before()), shorten(change.after()));
        };
    }

    /** The whole row in one sentence, for a screen reader. */
    String sentence(TextChange change) {
        return Texts.get("history.row.accessible", change.stamp().by(), what(change), when(change), excerpt(change));
    }

    static String shorten(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.isEmpty()) {
            return Texts.get("history.blank");
        }
        return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT).stripTrailing() + "\u2026";
    }

    private static String entry(String table, String rowKey) {
        if (rowKey.isEmpty()) {
            return "";
        }
        String[] positions = rowKey.split("/");
        int first = Integer.parseInt(positions[0]) + 1;
        if (positions.length == 2) {
            // A conversation's participant: "Conversation 2 · Participant 1".
            return Texts.get("history.entry.participant", first, Integer.parseInt(positions[1]) + 1);
        }
        String key = "history.entry." + table;
        return Texts.has(key) ? Texts.get(key, first) : Texts.get("history.entry.other", first);
    }
}
