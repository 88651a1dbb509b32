package org.bridgework.model.repair;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks an apology against the six components of an effective apology (Lewicki, Polin &amp; Lount, 2016).
 *
 * <p>A component is present when the manager ticked it, or when an English cue phrase for it appears in the
 * draft (a heuristic, so the UI should ask the manager to confirm what was only detected). A missing
 * acknowledgement of responsibility or offer of repair is {@link Importance#IMPORTANT}; a missing regret,
 * explanation or declaration of repentance is {@link Importance#MINOR}; a missing request for forgiveness is
 * no problem ({@link Importance#NONE}).
 *
 * <p>Matching ignores case, curly apostrophes and runs of white space. A few simple negations are skipped
 * ("not our fault", "not sorry"). Generic promises ("we will", "we'll") count as an offer of repair, except
 * "we will not/never" and promises already counted as repentance ("going forward we will ...").
 */
public final class ApologyChecker {
    private static final String WE = "(?:we|i)";
    private static final String NOT_NEGATED = "(?<!\\bnot )(?<!n't )";
    private static final Map<ApologyComponent, List<Pattern>> CUES = new EnumMap<>(ApologyComponent.class);

    static {
        cues(ApologyComponent.REGRET, NOT_NEGATED + "\\bsorry\\b", NOT_NEGATED + "\\bregret(?:s|ted|table)?\\b",
                "\\bapologi[sz](?:e|es|ing)\\b", "\\bapolog(?:y|ies)\\b");
        cues(ApologyComponent.EXPLANATION, "\\bbecause\\b", "\\bwhat happened\\b", "\\bthe reason\\b",
                "\\bdue to\\b", "\\bcaused by\\b", "\\b(?:this|it) happened\\b", "\\bas a result of\\b");
        cues(ApologyComponent.ACKNOWLEDGEMENT_OF_RESPONSIBILITY,
                "\\b" + WE + " (?:were|was|are|am) (?:fully )?responsible\\b",
                NOT_NEGATED + "\\b(?:our|my) (?:fault|mistake|error)\\b",
                "\\b" + WE + " (?:take|accept) (?:full |complete )?responsibility\\b",
                "\\b" + WE + " failed\\b", "\\b" + WE + " got (?:it|this) wrong\\b", "\\b" + WE + " let you down\\b",
                "\\b" + WE + " made (?:a|an|the) (?:mistake|error)\\b", "\\b" + WE + " dropped the ball\\b");
        cues(ApologyComponent.DECLARATION_OF_REPENTANCE, "\\b(?:will|shall) (?:not|never) happen again\\b",
                "\\bwon't happen again\\b", "\\b" + WE + " (?:have|'ve) (?:changed|learned|learnt)\\b",
                "\\b(?:going forward|from now on|in (?:the )?future),? " + WE + " (?:will|'ll)\\b",
                "\\bfrom now on\\b", "\\bnever again\\b",
                "\\b" + WE + " (?:will|'ll) (?:not|never) let (?:this|that|it) happen\\b");
        cues(ApologyComponent.OFFER_OF_REPAIR, "\\b" + WE + " will\\b(?! not\\b| never\\b)",
                "\\b" + WE + "'ll\\b(?! not\\b| never\\b)", "\\bmake (?:it|this|things) right\\b",
                "\\bmake amends\\b", "\\bmake it up to you\\b", "\\b" + WE + " (?:would like to |want to )?offer\\b",
                "\\bcompensat(?:e|ion|ing)\\b", "\\bcredits?\\b", "\\brefunds?\\b", "\\bfree of charge\\b",
                "\\bat no (?:extra |additional )?cost\\b", "\\bwaive\\b");
        cues(ApologyComponent.REQUEST_FOR_FORGIVENESS, "\\bforgiv(?:e|eness|ing)\\b",
                "\\bgive (?:us|me) (?:another|a second) chance\\b");
    }

    private ApologyChecker() {
    }

    /** Checks an apology: its ticked components and its draft. */
    public static ApologyCheck check(Apology apology) {
        return check(apology.draft(), apology.ticked());
    }

    public static ApologyCheck check(String draft, Set<ApologyComponent> ticked) {
        Map<ApologyComponent, List<String>> found = detect(draft);
        List<ComponentCheck> checks = new ArrayList<>();
        for (ApologyComponent component : ApologyComponent.values()) {
            checks.add(new ComponentCheck(component, ticked.contains(component), found.get(component)));
        }
        return new ApologyCheck(checks);
    }

    /** The cue phrases found per component, lower-cased; every component is a key (list empty if none). */
    public static Map<ApologyComponent, List<String>> detect(String draft) {
        String text = fold(Texts.orEmpty(draft));
        Map<ApologyComponent, List<String>> found = new EnumMap<>(ApologyComponent.class);
        for (ApologyComponent component : ApologyComponent.values()) {
            found.put(component, find(component, text));
            if (component == ApologyComponent.DECLARATION_OF_REPENTANCE) {
                // A promise already read as repentance is not also an offer of repair.
                text = blankOut(component, text);
            }
        }
        return found;
    }

    private static List<String> find(ApologyComponent component, String text) {
        List<String> phrases = new ArrayList<>();
        for (Pattern cue : CUES.get(component)) {
            Matcher m = cue.matcher(text);
            while (m.find()) {
                phrases.add(m.group());
            }
        }
        return List.copyOf(phrases);
    }

    private static String blankOut(ApologyComponent component, String text) {
        for (Pattern cue : CUES.get(component)) {
            text = cue.matcher(text).replaceAll(" ");
        }
        return text;
    }

    /** Lower case, compatibility forms, straight apostrophes, single spaces. */
    static String fold(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return normal.replaceAll("[\u2018\u2019\u02bc\u2032`]", "'").replaceAll("[\\s\\p{Z}]+", " ");
    }

    private static void cues(ApologyComponent component, String... regexes) {
        List<Pattern> patterns = new ArrayList<>();
        for (String regex : regexes) {
            patterns.add(Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS));
        }
        CUES.put(component, List.copyOf(patterns));
    }
}
