package org.bridgework.store;

import java.util.List;
import org.bridgework.model.team.TextConflict;

/**
 * A save was refused because someone else had changed the same text since it was read. Nothing of the refused
 * save was written over anyone's words; each refused text is kept on the server ({@code text_conflict}) and here,
 * beside the text it met, for the person to choose or merge and save again against {@link #current()}.
 */
public final class TextConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<TextConflict> conflicts;
    private final transient VersionedTexts current;

    TextConflictException(List<TextConflict> conflicts, VersionedTexts current) {
        super("Someone else changed the same text meanwhile: " + conflicts.stream().map(TextConflict::field).toList());
        this.conflicts = List.copyOf(conflicts);
        this.current = current;
    }

    public List<TextConflict> conflicts() {
        return conflicts;
    }

    /** The row as it is stored now: the base for the save that settles the conflict. */
    public VersionedTexts current() {
        return current;
    }
}
