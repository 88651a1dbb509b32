package org.bridgework.model.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the manager typed in the portfolio's search, read as words the way the worksheet index reads text: a word
 * is a run of letters and digits (anything else, quotes, stars, dashes, colons and brackets included, only
 * separates words), in lower case without accents. Each word matches the words of a text that begin with it.
 * Typed text is never passed on as query syntax: the store quotes each word ({@link #ftsQuery()},
 * {@link #tsQuery()}), so no input can make a query fail.
 */
public final class SearchWords {
    /** Fewer letters than this in all: only the names are matched, plainly (one or two letters match too much). */
    public static final int LETTERS_FOR_WORKSHEETS = 3;
    /** More words than this are not looked for (a pasted page is not a search). */
    static final int MOST_WORDS = 16;
    /** Longer words are cut: no word of a text is longer than this in practice, and the index need not see more. */
    static final int LONGEST_WORD = 64;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}\\p{Co}]+");

    private final String typed;
    private final List<String> words;

    private SearchWords(String typed, List<String> words) {
        this.typed = typed;
        this.words = words;
    }

    public static SearchWords of(String typed) {
        String text = typed == null ? "" : typed;
        List<String> words = new ArrayList<>();
        for (String word : NOT_WORD.split(fold(text))) {
            if (!word.isEmpty() && words.size() < MOST_WORDS && !words.contains(word)) {
                words.add(word.length() > LONGEST_WORD ? word.substring(0, LONGEST_WORD) : word);
            }
        }
        return new SearchWords(text, List.copyOf(words));
    }

    /** Lower case without accents, as the index keeps words. */
    public static String fold(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) < 0x80) {
            i++;
        }
        if (i == text.length()) {
            return text.toLowerCase(Locale.ROOT); // No accents to remove: excerpts fold every word they pass.
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The words looked for, folded, each once, in the order typed. */
    public List<String> words() {
        return words;
    }

    public String typed() {
        return typed;
    }

    /** True when the worksheets are searched too: the words hold three letters or more in all. */
    public boolean searchesWorksheets() {
        return words.stream().mapToInt(String::length).sum() >= LETTERS_FOR_WORKSHEETS;
    }

    /**
     * The words as an FTS5 query: each a quoted string (a double quote inside doubled) followed by {@code *}, so it
     * matches as a prefix and never as an operator (AND, OR, NOT, NEAR) or a column filter; all must match.
     */
    public String ftsQuery() {
        StringBuilder query = new StringBuilder();
        for (String word : words) {
            query.append(query.length() == 0 ? "" : " ").append('"').append(word.replace("\"", "\"\"")).append("\"*");
        }
        return query.toString();
    }

    /**
     * The words as a PostgreSQL tsquery: each a quoted lexeme (quote and backslash escaped) marked {@code :*} for a
     * prefix match, joined by {@code &}.
     */
    public String tsQuery() {
        StringBuilder query = new StringBuilder();
        for (String word : words) {
            String quoted = word.replace("\\", "\\\\").replace("'", "''");
            query.append(query.length() == 0 ? "" : " & ").append('\'').append(quoted).append("':*");
        }
        return query.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SearchWords that && words.equals(that.words);
    }

    @Override
    public int hashCode() {
        return words.hashCode();
    }

    @Override
    public String toString() {
        return words.toString();
    }
}
