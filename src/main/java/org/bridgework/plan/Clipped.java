package org.bridgework.plan;

/**
 * Text shortened to fit the one-page brief: line breaks and runs of spaces become one space, and text longer than
 * its limit is cut at the last space before it (or at the limit, inside a very long word) and ends with "…".
 * Never cuts a character in two. Remembers whether anything was cut, so the page can say so.
 */
final class Clipped {
    static final String ELLIPSIS = "\u2026";
    private boolean cut;

    /** The text as it fits in {@code limit} characters (code points), "…" included. */
    String of(String typed, int limit) {
        String flat = typed == null ? "" : Xhtml.trimmed(typed).replaceAll("[\\s\\u0085\\u2028\\u2029]+", " ");
        if (flat.codePointCount(0, flat.length()) <= limit) {
            return flat;
        }
        cut = true;
        int end = flat.offsetByCodePoints(0, limit - 1);
        int space = flat.lastIndexOf(' ', end);
        if (space > end * 2 / 3) {
            end = space;
        }
        return flat.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    boolean anything() {
        return cut;
    }
}
