package org.bridgework.exchange.calendar;

import java.nio.charset.StandardCharsets;

/**
 * The two rules of RFC 5545 that every property value meets: text escaped (section 3.3.11) and content lines
 * folded so that none is longer than 75 octets (section 3.1), never inside a UTF-8 sequence.
 */
final class ContentLines {
    /** The most octets a content line may have, without its CRLF. */
    static final int MAX_OCTETS = 75;
    static final String CRLF = "\r\n";
    private static final String REPLACEMENT = "\uFFFD";

    private ContentLines() {
    }

    /**
     * A TEXT value: backslash, semicolon and comma escaped, every kind of line break as {@code \n}. Control
     * characters, which TEXT does not allow (tab aside), and lone surrogates become U+FFFD, so nothing typed
     * vanishes without a trace.
     */
    static String text(String typed) {
        StringBuilder out = new StringBuilder(typed.length() + 16);
        String lines = typed.replace("\r\n", "\n");
        for (int i = 0; i < lines.length(); ) {
            int cp = lines.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n', '\r', 0x0B, '\f', 0x85, 0x2028, 0x2029 -> out.append("\\n");
                case '\t' -> out.append('\t');
                default -> out.append(allowed(cp) ? new String(Character.toChars(cp)) : REPLACEMENT);
            }
        }
        return out.toString();
    }

    private static boolean allowed(int cp) {
        return !Character.isISOControl(cp) && !(cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)
                && cp != 0xFFFE && cp != 0xFFFF;
    }

    /**
     * One content line, folded: after every 75 octets (74 on a continuation line, after its leading space) a
     * CRLF and a space, never between the bytes of one character. Ends with CRLF.
     */
    static String fold(String line) {
        StringBuilder out = new StringBuilder(line.length() + 8);
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            String character = new String(Character.toChars(cp));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.append(character);
            octets += size;
            i += Character.charCount(cp);
        }
        return out.append(CRLF).toString();
    }
}
