package org.bridgework.ui.outbound;

/**
 * What File → Export to calendar… writes.
 *
 * @param onlySelected only the selected relationship, not every one
 * @param shareable    without what is ours alone (notes, key messages, evidence, the decision to revisit)
 */
public record CalendarChoice(boolean onlySelected, boolean shareable) {
}
