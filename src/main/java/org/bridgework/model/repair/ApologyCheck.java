package org.bridgework.model.repair;

import java.util.List;
import java.util.Objects;

/**
 * The result of {@link ApologyChecker#check}: one {@link ComponentCheck} per component, in
 * {@link ApologyComponent} order, the marks of a non-apology, and whether the draft is in a language the check
 * understands. When it is not, nothing is detected and nothing is warned about; ticks still count.
 *
 * @param components the six checks
 * @param warnings   the marks of a non-apology, in {@link WarningKind} order
 * @param language   the draft's language, as far as the check can tell
 */
public record ApologyCheck(List<ComponentCheck> components, List<ApologyWarning> warnings, DraftLanguage language) {

    public ApologyCheck {
        components = Texts.copy(components);
        warnings = Texts.copy(warnings);
        Objects.requireNonNull(language, "language");
    }

    public ComponentCheck get(ApologyComponent component) {
        return components.stream().filter(c -> c.component() == component).findFirst().orElseThrow();
    }

    /** The check could read the draft (English, or too short to tell). */
    public boolean understood() {
        return language == DraftLanguage.ENGLISH;
    }

    /** The components neither ticked nor detected, whatever their importance. */
    public List<ApologyComponent> missing() {
        return components.stream().filter(c -> !c.present()).map(ComponentCheck::component).toList();
    }

    /** The missing components whose absence matters at the given level. */
    public List<ApologyComponent> missing(Importance level) {
        return components.stream().filter(c -> c.concern() == level && !c.present())
                .map(ComponentCheck::component).toList();
    }

    /** True when nothing important is missing (minor gaps allowed). */
    public boolean hasNoImportantGap() {
        return missing(Importance.IMPORTANT).isEmpty();
    }

    /** True when a warning of this kind was found. */
    public boolean warns(WarningKind kind) {
        return warnings.stream().anyMatch(w -> w.kind() == kind);
    }
}
