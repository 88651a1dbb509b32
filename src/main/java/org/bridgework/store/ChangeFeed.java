package org.bridgework.store;

/**
 * Tells of changes others make to an open workbook while it is open, until closed. A workbook file has one writer
 * at a time (its lock), so it has none to tell; a team workbook's comes from its server ({@link TeamChangeFeed}).
 */
public interface ChangeFeed extends AutoCloseable {
    /** The feed of a workbook nobody else can change. */
    ChangeFeed NONE = () -> { };

    /** Stops telling; closing twice does nothing more. */
    @Override
    void close();
}
