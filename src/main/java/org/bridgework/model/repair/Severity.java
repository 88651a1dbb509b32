package org.bridgework.model.repair;

/** How serious a reported problem is. */
public enum Severity {
    /** The record cannot count as valid until it is fixed. */
    ERROR,
    /** Worth fixing; the record still counts. */
    WARNING
}
