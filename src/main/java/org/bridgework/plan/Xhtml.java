package org.bridgework.plan;

import java.util.regex.Pattern;

/**
 * Builds well-formed XHTML in which user text can only ever be text. Every string that did not come from
 * this class goes through {@link #text}: markup characters are escaped, and a character that cannot be
 * printed becomes U+FFFD ({@link #UNPRINTABLE}), so no typed text can break or change the document and nothing
 * typed vanishes without a trace. Cannot be printed: what XML does not allow (control characters below U+0020
 * other than tab and line breaks, lone surrogates, U+FFFE and U+FFFF), the other control characters (U+007F to
 * U+009F), noncharacters, private-use and unassigned code points, and U+FFFC. {@link PlanPdf} draws a
 * character that neither of its fonts has as U+FFFD too.
 */
final class Xhtml {
    /** What the plan prints for a character it cannot print: U+FFFD REPLACEMENT CHARACTER. */
    static final String UNPRINTABLE = "\uFFFD";
    private static final char NO_BREAK_SPACE = '\u00A0';
    /** What {@code \R} matches, one character at a time (CR LF is two of them). */
    private static final String LINE_BREAKS = "\n\u000B\f\r\u0085\u2028\u2029";
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    /** Line breaks with nothing but ASCII white space between them. */
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R[ \\t\\x0B\\f\\r\\n]*\\R");

    private final StringBuilder out = new StringBuilder(16_384);

    /** Opens {@code tag} with an optional class (null or blank: none). */
    Xhtml open(String tag, String cssClass) {
        out.append('<').append(tag);
        if (cssClass != null && !cssClass.isBlank()) {
            out.append(" class=\"").append(escape(cssClass)).append('"');
        }
        out.append('>');
        return this;
    }

    Xhtml open(String tag) {
        return open(tag, null);
    }

    Xhtml close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding only escaped text. */
    Xhtml element(String tag, String cssClass, String content) {
        return open(tag, cssClass).text(content).close(tag);
    }

    /**
     * A table header cell with its scope ("col" heads a column, "row" a row), which the tagged PDF keeps so a
     * screen reader says the right header with each cell.
     */
    Xhtml header(String scope, String cssClass, String content) {
        out.append("<th scope=\"").append(escape(scope)).append('"');
        if (cssClass != null && !cssClass.isBlank()) {
            out.append(" class=\"").append(escape(cssClass)).append('"');
        }
        out.append('>');
        return text(content).close("th");
    }

    /** Escaped text. */
    Xhtml text(String content) {
        out.append(escape(content));
        return this;
    }

    /**
     * Typed text with its line breaks kept: a blank line starts a new paragraph, a single line break stays a
     * line break, and every kind of line break ({@code \R}) counts. Spaces and line breaks around a paragraph are
     * left out, but nothing else is: a control character at a paragraph's edge (U+001C to U+001F, which Java
     * counts as white space) prints as U+FFFD like anywhere else. Nothing for blank text.
     */
    Xhtml paragraphs(String typed, String cssClass) {
        if (blank(typed)) {
            return this;
        }
        for (String paragraph : PARAGRAPH_BREAK.split(trimmed(typed))) {
            String kept = trimmed(paragraph);
            if (kept.isEmpty()) {
                continue;
            }
            open("p", cssClass);
            String[] lines = LINE_BREAK.split(kept);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    out.append("<br/>");
                }
                text(lines[i]);
            }
            close("p");
        }
        return this;
    }

    /** True when typed text has nothing to print: none, or only spaces and line breaks (see {@link #trimmed}). */
    static boolean blank(String typed) {
        return typed == null || trimmed(typed).isEmpty();
    }

    /**
     * Typed text without the spaces and line breaks around it. Unlike {@link String#strip}, which takes U+001C
     * to U+001F for white space, it keeps every character that prints, as U+FFFD or as itself.
     */
    static String trimmed(String typed) {
        int start = 0;
        int end = typed.length();
        while (start < end && layout(typed.codePointAt(start))) {
            start += Character.charCount(typed.codePointAt(start));
        }
        while (end > start && layout(typed.codePointBefore(end))) {
            end -= Character.charCount(typed.codePointBefore(end));
        }
        return typed.substring(start, end);
    }

    /**
     * True when typed text would leave no mark on the page: nothing but spaces of any kind, line breaks and
     * invisible format characters (bidi marks, zero-width spaces and joiners). A heading of such text is left out
     * of the tagged PDF, whose headings must start with H1, so a heading never holds it.
     */
    static boolean invisible(String typed) {
        return typed == null || typed.codePoints().allMatch(cp -> layout(cp)
                || Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.SPACE_SEPARATOR);
    }

    /** A line break of any kind, or white space that prints as space: what may go unseen around a paragraph. */
    private static boolean layout(int cp) {
        return LINE_BREAKS.indexOf(cp) >= 0 || Character.isWhitespace(cp) && printable(cp);
    }

    /** Markup written by this package (never user text). */
    Xhtml raw(String markup) {
        out.append(markup);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** The text as XHTML character data, safe in element content and in quoted attributes alike. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            int cp = pair ? Character.toCodePoint(c, text.charAt(i + 1)) : c;
            i += pair ? 2 : 1;
            switch (cp) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                // The byte order mark inside text means "zero-width no-break space", which PDF/A and PDF/UA
                // forbid as the Unicode value of a glyph; the word joiner means the same and is allowed.
                case '\uFEFF' -> escaped.append('\u2060');
                default -> {
                    if (printable(cp)) {
                        if (combiningMark(cp) && !followsABase(escaped)) {
                            // A mark with nothing to sit on vanishes from the page; Unicode's way to show
                            // one alone is on a no-break space.
                            escaped.append(NO_BREAK_SPACE);
                        }
                        escaped.appendCodePoint(cp);
                    } else {
                        escaped.append(UNPRINTABLE);
                    }
                }
            }
        }
        return escaped.toString();
    }

    private static boolean combiningMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** True if the text so far ends in something a combining mark can sit on (not nothing, not white space). */
    private static boolean followsABase(StringBuilder text) {
        if (text.length() == 0) {
            return false;
        }
        // An escaped character ends in ';' (as in "&amp;"): the mark then sits on that character, as typed.
        return !Character.isWhitespace(text.codePointBefore(text.length()));
    }

    /** False for a code point that has no business on paper (see the class comment). */
    private static boolean printable(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return true;
        }
        if (cp < 0x20 || cp >= 0x7F && cp <= 0x9F || cp == 0xFFFC) {
            return false;
        }
        boolean nonCharacter = cp >= 0xFDD0 && cp <= 0xFDEF || (cp & 0xFFFE) == 0xFFFE;
        int type = Character.getType(cp);
        return !nonCharacter && type != Character.SURROGATE && type != Character.PRIVATE_USE
                && type != Character.UNASSIGNED;
    }
}
