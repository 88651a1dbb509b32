package org.bridgework.model.repair;

import java.util.List;
import java.util.Objects;

/**
 * One mark of a non-apology found in a draft.
 *
 * @param kind  what it is
 * @param where the words that show it (empty when it is about the whole draft, as a long explanation is)
 */
public record ApologyWarning(WarningKind kind, List<MatchedWords> where) {

    public ApologyWarning {
        Objects.requireNonNull(kind, "kind");
        where = Texts.copy(where);
    }
}
