package org.bridgework.store;

import java.sql.Connection;

/**
 * What a team workbook's server keeps about people working together on it: who made and changed each row and
 * when ({@link #stamps()}), every earlier text
 * ({@link #history()}) and who may read and change each relationship ({@link #permissions()}). A workbook file keeps none of this (see {@link WorkbookStore#collaboration()}).
 */
public final class Collaboration {
    private final TeamChangeStamps stamps;
    private final TeamHistory history;
    private final TeamPermissions permissions;

    Collaboration(Connection connection, WorkbookWrites writes) {
        this.stamps = new TeamChangeStamps(connection);
        this.history = new TeamHistory(connection, writes);
        this.permissions = new TeamPermissions(connection, writes);
    }

    public TeamChangeStamps stamps() {
        return stamps;
    }

    /** Every change to a relationship's texts, and putting an earlier one back. */
    public TeamHistory history() {
        return history;
    }

    /** Who may read and change each relationship, and sharing it. */
    public TeamPermissions permissions() {
        return permissions;
    }
}
