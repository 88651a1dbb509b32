package org.bridgework.store;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Text as a team workbook keeps it. PostgreSQL's text cannot hold the character U+0000, which a workbook file
 * keeps as typed; so on the server each NUL is written as U+FDD0 followed by '0', and U+FDD0 itself as two of
 * them. U+FDD0 is a Unicode noncharacter, set aside for exactly such internal use, so the escape never
 * changes text a person wrote, and text without either character (nearly all) is stored as it is.
 */
final class ServerText {
    static final char ESCAPE = '\uFDD0';

    private ServerText() {
    }

    static String escape(String text) {
        if (text == null || text.indexOf('\0') < 0 && text.indexOf(ESCAPE) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                out.append(ESCAPE).append('0');
            } else if (c == ESCAPE) {
                out.append(ESCAPE).append(ESCAPE);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String unescape(String text) {
        if (text == null || text.indexOf(ESCAPE) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ESCAPE && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == '0' ? '\0' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The text of {@code column} as it was written: unescaped when the row comes from a team workbook. */
    static String read(ResultSet row, String column) throws SQLException {
        String value = row.getString(column);
        if (value == null || value.indexOf(ESCAPE) < 0) {
            return value;
        }
        return SqlDialect.of(row.getStatement().getConnection()) == SqlDialect.POSTGRESQL ? unescape(value) : value;
    }
}
