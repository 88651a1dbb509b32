package org.bridgework.plan;

/**
 * Builds well-formed XHTML in which user text can only ever be text. Every string that did not come from
 * this class goes through {@link #text}: markup characters are escaped, and characters XML does not allow
 * (control characters, lone surrogates) become U+FFFD, so no typed text can break or change the document.
 */
final class Xhtml {
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

    /** Escaped text. */
    Xhtml text(String content) {
        out.append(escape(content));
        return this;
    }

    /**
     * Typed text with its line breaks kept: a blank line starts a new paragraph, a single line break stays a
     * line break. Nothing for blank text.
     */
    Xhtml paragraphs(String typed, String cssClass) {
        if (typed == null || typed.isBlank()) {
            return this;
        }
        for (String paragraph : typed.strip().split("\\R\\s*\\R")) {
            open("p", cssClass);
            String[] lines = paragraph.strip().split("\\R");
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
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        escaped.append(c).append(text.charAt(++i));
                    } else if (allowedInXml(c)) {
                        escaped.append(c);
                    } else {
                        escaped.append('\uFFFD');
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** XML 1.0 characters, less surrogates (a valid pair is handled by the caller). */
    private static boolean allowedInXml(char c) {
        return c == '\t' || c == '\n' || c == '\r'
                || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD;
    }
}
