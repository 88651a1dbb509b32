package org.bridgework.model.repair;

import java.util.List;

/**
 * The result of {@link ApologyChecker#check}: one {@link ComponentCheck} per component, in
 * {@link ApologyComponent} order.
 *
 * @param components the six checks
 */
public record ApologyCheck(List<ComponentCheck> components) {

    public ApologyCheck {
        components = Texts.copy(components);
    }

    public ComponentCheck get(ApologyComponent component) {
        return components.stream().filter(c -> c.component() == component).findFirst().orElseThrow();
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
}
