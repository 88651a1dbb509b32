package org.bridgework.model.repair;

import java.util.List;
import java.util.Objects;

/**
 * Whether an apology draft contains one component.
 *
 * @param component the component
 * @param ticked    the manager ticked it as present
 * @param rejected  the manager said the check was wrong to find it
 * @param found     the words in the draft that made the check find it (empty: not found)
 */
public record ComponentCheck(ApologyComponent component, boolean ticked, boolean rejected, List<MatchedWords> found) {

    public ComponentCheck {
        Objects.requireNonNull(component, "component");
        found = Texts.copy(found);
    }

    /** The check found the component in the text, and the manager has not rejected that. */
    public boolean detected() {
        return !found.isEmpty() && !rejected;
    }

    /** Found by the check only, not ticked: the manager has yet to confirm it. */
    public boolean foundOnly() {
        return detected() && !ticked;
    }

    /** Ticked or detected. */
    public boolean present() {
        return ticked || detected();
    }

    /** The matched words as written, in draft order. */
    public List<String> cues() {
        return found.stream().map(MatchedWords::words).toList();
    }

    /** {@link Importance#NONE} when present; otherwise how much its absence matters. */
    public Importance concern() {
        return present() ? Importance.NONE : component.importanceWhenMissing();
    }
}
