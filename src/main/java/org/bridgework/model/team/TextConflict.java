package org.bridgework.model.team;

import java.util.Objects;
import java.util.Optional;

/**
 * Two people changed the same text from the same starting point: neither text is lost, and someone chooses or
 * merges. Kept by the server until then.
 *
 * @param field  which text: the worksheet's table and column, {@code understanding.root_cause}
 * @param entry  which list entry ({@code ""} for a worksheet's own field)
 * @param base   the text both started from
 * @param theirs the text saved first, now stored
 * @param mine   the text whose save was refused
 * @param saved  who saved {@code theirs}, and when, if known (not for a conflict read back from the server)
 */
public record TextConflict(String field, String entry, String base, String theirs, String mine,
                           Optional<ChangeStamp> saved) {
    public TextConflict {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(theirs, "theirs");
        Objects.requireNonNull(mine, "mine");
        Objects.requireNonNull(saved, "saved");
    }
}
