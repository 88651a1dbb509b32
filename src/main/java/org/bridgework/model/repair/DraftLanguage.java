package org.bridgework.model.repair;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Whether a draft is English enough for the check to judge. English prose is full of short function words
 * ("the", "we", "to", "of"); a draft where few of its words are such words, or whose letters are mostly outside
 * the Latin script, is outside what the check understands: a simple count of frequent words of English against
 * those of German, French, Spanish, Italian and Dutch. Very short drafts are given the benefit of the doubt.
 */
public enum DraftLanguage {
    ENGLISH, OTHER;

    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    /** Frequent English words that are not also frequent words of German, French, Spanish, Italian or Dutch. */
    private static final Set<String> ENGLISH_WORDS = Set.of("the", "and", "of", "to", "is", "we", "i", "you", "our",
            "your", "it", "that", "for", "with", "be", "have", "not", "this", "are", "were", "at", "by", "but", "my",
            "us", "been", "had", "from", "they", "would", "should", "sorry", "what", "if", "can", "did", "has", "all",
            "there", "which", "it's", "we're", "i'm", "we've", "we'll", "i'll", "don't", "didn't", "won't", "again",
            "please", "very", "any", "will", "was", "on", "a", "an", "in", "no", "so", "me");
    /** Frequent words of those languages that are not English words. */
    private static final Set<String> OTHER_WORDS = Set.of("der", "die", "das", "und", "ist", "nicht", "wir", "ich",
            "sie", "es", "ein", "eine", "zu", "mit", "für", "auf", "dass", "uns", "sehr", "werden", "haben", "den",
            "dem", "von", "bei", "leid", "le", "la", "les", "et", "est", "nous", "vous", "je", "une", "des", "du",
            "pour", "pas", "que", "qui", "avec", "dans", "sur", "sommes", "avons", "notre", "votre", "el", "los",
            "las", "y", "de", "para", "por", "con", "una", "lo", "su", "nuestro", "del", "muy", "il", "di", "che",
            "è", "per", "non", "siamo", "ci", "het", "een", "en", "wij", "niet", "van", "voor", "onze", "não", "nós",
            "com", "uma", "os");
    private static final int FEWEST_WORDS = 4;
    /** Without known words of another language, a long draft with this few English words is still not English. */
    private static final int FEWEST_WORDS_WITHOUT_EVIDENCE = 12;
    private static final double RARE_ENGLISH = 0.1;
    private static final double SHARE_OF_LATIN_LETTERS = 0.7;

    /** The language of a draft, as far as the check can tell. */
    public static DraftLanguage of(String draft) {
        String text = Texts.orEmpty(draft).replace('\u2019', '\'').toLowerCase(Locale.ROOT);
        long letters = text.codePoints().filter(Character::isLetter).count();
        long latin = text.codePoints().filter(Character::isLetter)
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN).count();
        if (letters > 0 && latin < SHARE_OF_LATIN_LETTERS * letters) {
            return OTHER;
        }
        List<String> words = WORD.matcher(text).results().map(MatchResult::group).toList();
        if (words.size() < FEWEST_WORDS) {
            return ENGLISH;
        }
        long english = words.stream().filter(ENGLISH_WORDS::contains).count();
        long other = words.stream().filter(OTHER_WORDS::contains).count();
        if (other > english) {
            return OTHER;
        }
        boolean rare = english < RARE_ENGLISH * words.size();
        return rare && words.size() >= FEWEST_WORDS_WITHOUT_EVIDENCE ? OTHER : ENGLISH;
    }

    /** "en" or "other", as the command line prints it. */
    public String code() {
        return this == ENGLISH ? "en" : "other";
    }
}
