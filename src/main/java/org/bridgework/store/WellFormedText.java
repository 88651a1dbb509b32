package org.bridgework.store;

/**
 * Text as SQLite can keep it. A workbook stores text as UTF-8, which has no form for half of a surrogate pair
 * (a Java string can hold one, say from a paste cut in the middle of an emoji). sqlite-jdbc would write each
 * such half as '?', which reads as a question mark the user typed; it is written as U+FFFD instead, the
 * character Unicode keeps for exactly this, so the loss shows and nothing around it changes. Everything else,
 * NUL included, is stored as given.
 */
final class WellFormedText {
    /** What a lone surrogate is stored as: U+FFFD REPLACEMENT CHARACTER. */
    static final char REPLACEMENT = '\uFFFD';

    private WellFormedText() {
    }

    /** {@code text} with each lone surrogate replaced by U+FFFD; the same string if it has none. Null stays null. */
    static String of(String text) {
        if (text == null || isWellFormed(text)) {
            return text;
        }
        StringBuilder result = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                result.append(c).append(text.charAt(++i));
            } else {
                result.append(Character.isSurrogate(c) ? REPLACEMENT : c);
            }
        }
        return result.toString();
    }

    /**
     * Binds {@code text} as {@link #of} makes it; on a team workbook also escaped by {@link ServerText}, since
     * PostgreSQL's text cannot hold the character U+0000 (a workbook file keeps it).
     */
    static void bind(java.sql.PreparedStatement statement, int index, String text) throws java.sql.SQLException {
        String value = of(text);
        if (value != null && (value.indexOf('\0') >= 0 || value.indexOf(ServerText.ESCAPE) >= 0)
                && SqlDialect.of(statement.getConnection()) == SqlDialect.POSTGRESQL) {
            value = ServerText.escape(value);
        }
        statement.setString(index, value);
    }

    private static boolean isWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
