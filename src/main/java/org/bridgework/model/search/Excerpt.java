package org.bridgework.model.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a text around the first place that matches a search, as a few parts, the matching words marked:
 * what the portfolio shows under a relationship found by its worksheets. White space is made single spaces, a
 * line break (between the texts of one entry, or typed) a " · ", and "…" stands where the text goes on.
 *
 * @param parts the excerpt in order; a part is a matching word or the text between
 */
public record Excerpt(List<Part> parts) {
    /** How many characters are kept before the first match, and in all. */
    static final int BEFORE = 30;
    static final int LENGTH = 110;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}\\p{Co}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** White space with a line break: where one text of an entry ends and the next begins, or a new line. */
    private static final Pattern BREAKS = Pattern.compile("\\s*[\\n\\r\\u2028\\u2029]\\s*");

    /** Part of an excerpt: its text, and whether it is a word that matches. */
    public record Part(String text, boolean match) {
        public Part {
            Objects.requireNonNull(text, "text");
        }
    }

    public Excerpt {
        parts = List.copyOf(parts);
    }

    /** The excerpt of {@code text} around the first word that begins with one of {@code words}. */
    public static Excerpt of(String text, SearchWords words) {
        String lines = BREAKS.matcher(text == null ? "" : text.strip()).replaceAll(" · ");
        String line = SPACES.matcher(lines).replaceAll(" ");
        int first = firstMatch(line, words);
        int from = first < 0 ? 0 : wordStart(line, Math.max(0, first - BEFORE));
        int to = Math.min(line.length(), from + LENGTH);
        if (to < line.length()) {
            to = wordEnd(line, to);
        }
        List<Part> parts = new ArrayList<>();
        if (from > 0) {
            parts.add(new Part("…", false));
        }
        Matcher word = WORD.matcher(line).region(from, to);
        int at = from;
        while (word.find()) {
            if (matches(word.group(), words)) {
                if (word.start() > at) {
                    parts.add(new Part(line.substring(at, word.start()), false));
                }
                parts.add(new Part(word.group(), true));
                at = word.end();
            }
        }
        String rest = line.substring(at, to) + (to < line.length() ? "…" : "");
        if (!rest.isEmpty()) {
            parts.add(new Part(rest, false));
        }
        return new Excerpt(join(parts));
    }

    /** The excerpt as plain text, for a screen reader and for tests. */
    public String text() {
        StringBuilder text = new StringBuilder();
        parts.forEach(part -> text.append(part.text()));
        return text.toString();
    }

    private static int firstMatch(String line, SearchWords words) {
        Matcher word = WORD.matcher(line);
        while (word.find()) {
            if (matches(word.group(), words)) {
                return word.start();
            }
        }
        return -1;
    }

    private static boolean matches(String word, SearchWords words) {
        String folded = SearchWords.fold(word);
        return words.words().stream().anyMatch(folded::startsWith);
    }

    /** Back to the start of the word at {@code index}, so an excerpt does not begin mid-word. */
    private static int wordStart(String line, int index) {
        int at = index;
        while (at > 0 && !Character.isWhitespace(line.charAt(at - 1)) && index - at < 20) {
            at--;
        }
        int start = at > 0 && !Character.isWhitespace(line.charAt(at - 1)) ? index : at;
        return start > 0 && start < line.length() && Character.isLowSurrogate(line.charAt(start)) ? start + 1 : start;
    }

    /** On to the end of the word at {@code index}, within reason. */
    private static int wordEnd(String line, int index) {
        int at = index;
        while (at < line.length() && !Character.isWhitespace(line.charAt(at)) && at - index < 20) {
            at++;
        }
        return Character.isHighSurrogate(line.charAt(at - 1)) ? at - 1 : at;
    }

    /** Neighbouring parts of the same kind as one part. */
    private static List<Part> join(List<Part> parts) {
        List<Part> joined = new ArrayList<>();
        for (Part part : parts) {
            int last = joined.size() - 1;
            if (last >= 0 && joined.get(last).match() == part.match() && !part.match()) {
                joined.set(last, new Part(joined.get(last).text() + part.text(), false));
            } else {
                joined.add(part);
            }
        }
        return joined;
    }
}
