package org.bridgework.model.repair;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A piece of a draft folded for matching: lower case, straight apostrophes, single spaces, dashes read as clause
 * breaks, and contractions written out ("we've" becomes "we have", "won't" becomes "will not"). Every folded
 * character remembers where it came from, so a match can be shown in the words the manager wrote.
 */
final class FoldedText {
    private static final Pattern[] CONTRACTIONS = {
        Pattern.compile("\\bwon't\\b"), Pattern.compile("\\bcan't\\b"), Pattern.compile("\\bshan't\\b"),
        Pattern.compile("\\bcannot\\b"), Pattern.compile("\\b(\\w+)n't\\b"), Pattern.compile("'ve\\b"),
        Pattern.compile("'re\\b"), Pattern.compile("\\bi'm\\b"), Pattern.compile("'ll\\b"), Pattern.compile("'d\\b"),
        Pattern.compile("\\b(it|that|there|here|what|who|he|she|this)'s\\b"), Pattern.compile("\\blet's\\b"),
    };
    private static final String[] EXPANSIONS = {
        "will not", "can not", "shall not", "can not", "$1 not", " have", " are", "i am", " will", " would",
        "$1 is", "let us",
    };

    private final String text;
    private final int[] origins;

    private FoldedText(String text, int[] origins) {
        this.text = text;
        this.origins = origins;
    }

    /** Folds {@code original.substring(from, to)}; origins are indices into {@code original}. */
    static FoldedText of(String original, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        int[] origin = new int[to - from];
        boolean space = true;
        for (int i = from; i < to; i++) {
            char c = fold(original.charAt(i));
            if (c == ' ') {
                if (space) {
                    continue;
                }
                space = true;
            } else {
                space = false;
            }
            origin[out.length()] = i;
            out.append(c);
        }
        FoldedText folded = new FoldedText(out.toString(), Arrays.copyOf(origin, out.length()));
        for (int i = 0; i < CONTRACTIONS.length; i++) {
            folded = folded.replace(CONTRACTIONS[i], EXPANSIONS[i]);
        }
        return folded;
    }

    private static char fold(char c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return ' ';
        }
        return switch (c) {
            case '\u2018', '\u2019', '\u02bc', '\u2032', '`', '\u00b4' -> '\'';
            case '\u2013', '\u2014', '\u2015' -> ',';
            default -> Character.toLowerCase(c);
        };
    }

    private FoldedText replace(Pattern pattern, String replacement) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return this;
        }
        StringBuilder out = new StringBuilder();
        int[] origin = new int[text.length() * 2 + 8];
        int last = 0;
        do {
            for (int i = last; i < m.start(); i++) {
                origin[out.length()] = origins[i];
                out.append(text.charAt(i));
            }
            String with = replacement.contains("$1") ? replacement.replace("$1", m.group(1)) : replacement;
            int span = m.end() - m.start();
            for (int k = 0; k < with.length(); k++) {
                origin[out.length()] = origins[m.start() + Math.min(k, span - 1)];
                out.append(with.charAt(k));
            }
            last = m.end();
        } while (m.find());
        for (int i = last; i < text.length(); i++) {
            origin[out.length()] = origins[i];
            out.append(text.charAt(i));
        }
        return new FoldedText(out.toString(), Arrays.copyOf(origin, out.length()));
    }

    String text() {
        return text;
    }

    /** Where the folded characters [start, end) came from, as a span of the original. */
    MatchedWords span(String original, int start, int end) {
        int from = origins[start];
        int to = origins[Math.max(start, end - 1)] + 1;
        return new MatchedWords(from, to, original.substring(from, to));
    }
}
