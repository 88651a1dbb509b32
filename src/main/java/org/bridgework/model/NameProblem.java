package org.bridgework.model;

/** Why a relationship name cannot be used. */
public enum NameProblem {
    /** Nothing but white space. */
    EMPTY,
    /** Longer than {@link RelationshipNames#MAX_LENGTH} characters. */
    TOO_LONG,
    /** Another relationship in the workbook has the same name, ignoring case and surrounding spaces. */
    DUPLICATE
}
