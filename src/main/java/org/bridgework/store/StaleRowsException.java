package org.bridgework.store;

/**
 * A save found the workbook's rows of a list not as it last read or wrote them (a row to change was not
 * there): the caller writes the whole repair instead of its changes.
 */
final class StaleRowsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StaleRowsException(String table, long relationshipId) {
        super(table + " of relationship " + relationshipId + " is not as last read or written");
    }
}
