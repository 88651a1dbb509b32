package org.bridgework.store;

import java.sql.Connection;

/**
 * What a team workbook's server keeps about people working together on it: who made and changed each row and
 * when ({@link #stamps()}). A workbook file keeps none of this (see {@link WorkbookStore#collaboration()}).
 */
public final class Collaboration {
    private final TeamChangeStamps stamps;

    Collaboration(Connection connection) {
        this.stamps = new TeamChangeStamps(connection);
    }

    public TeamChangeStamps stamps() {
        return stamps;
    }
}
