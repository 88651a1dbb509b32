package org.bridgework.model.team;

import java.util.Objects;

/**
 * One change to one text of a relationship in a team workbook, as the server's history keeps it.
 *
 * @param id     the change's number in the history; later changes have larger numbers
 * @param field  which text: the worksheet's table and column, {@code understanding.root_cause}
 * @param entry  which entry of a list ({@code "2"}, or {@code "1/0"} for a conversation's participant); empty
 *               for a worksheet's own field
 * @param kind   whether the text came with a new entry, was changed, or left with a removed entry
 * @param before the text before the change ({@code ""} for a new entry)
 * @param after  the text after it ({@code ""} for a removed entry)
 * @param stamp  who made the change, and when
 */
public record TextChange(long id, String field, String entry, Kind kind, String before, String after,
                         ChangeStamp stamp) {
    /** What happened to the text. */
    public enum Kind {
        ADDED,
        CHANGED,
        REMOVED
    }

    public TextChange {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(stamp, "stamp");
    }
}
