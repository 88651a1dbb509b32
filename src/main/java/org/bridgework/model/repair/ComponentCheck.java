package org.bridgework.model.repair;

import java.util.List;
import java.util.Objects;

/**
 * Whether an apology draft contains one component.
 *
 * @param component the component
 * @param ticked    the manager ticked it as present
 * @param cues      the cue phrases found in the draft, lower-cased (empty: none detected)
 */
public record ComponentCheck(ApologyComponent component, boolean ticked, List<String> cues) {

    public ComponentCheck {
        Objects.requireNonNull(component, "component");
        cues = Texts.copy(cues);
    }

    /** The heuristic found the component in the text. */
    public boolean detected() {
        return !cues.isEmpty();
    }

    /** Ticked or detected. */
    public boolean present() {
        return ticked || detected();
    }

    /** {@link Importance#NONE} when present; otherwise how much its absence matters. */
    public Importance concern() {
        return present() ? Importance.NONE : component.importanceWhenMissing();
    }
}
