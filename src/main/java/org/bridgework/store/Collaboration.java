package org.bridgework.store;

import java.sql.Connection;

/**
 * What a team workbook's server keeps about people working together on it: who made and changed each row and
 * when ({@link #stamps()}), every earlier text
 * ({@link #history()}) who may read and change each relationship ({@link #permissions()}), and saves
 * that refuse to write over a colleague's text unseen ({@link #texts()}). A workbook file keeps none of this (see {@link WorkbookStore#collaboration()}).
 */
public final class Collaboration {
    private final TeamChangeStamps stamps;
    private final TeamHistory history;
    private final TeamPermissions permissions;
    private final TeamTexts texts;
    private final TeamColleagues colleagues;

    Collaboration(Connection connection, WorkbookWrites writes) {
        this.stamps = new TeamChangeStamps(connection);
        this.history = new TeamHistory(connection, writes);
        this.permissions = new TeamPermissions(connection, writes);
        this.texts = new TeamTexts(connection, writes);
        this.colleagues = new TeamColleagues(connection);
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

    /** Saving texts against the version they were read at, so that no one's words are written over unseen. */
    public TeamTexts texts() {
        return texts;
    }

    /** The logins the server knows, to share with. */
    public TeamColleagues colleagues() {
        return colleagues;
    }
}
