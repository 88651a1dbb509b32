package org.bridgework.model.repair;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks an apology against the six components of an effective apology and for the marks of a non-apology.
 *
 * <p>The six components come from Lewicki, Polin &amp; Lount (2016), "An exploration of the structure of
 * effective apologies", Negotiation and Conflict Management Research 9(2), 177-196. Its abstract says that in two
 * studies of a trust violation, apologies with more of the components were more effective than those with fewer,
 * and that some components were deemed more important than others. Which ones (responsibility most, an offer of
 * repair next, a request for forgiveness least) is from its results as usually reported, not the abstract.
 * The warnings are our own judgement (see {@link WarningKind}).
 *
 * <p>It is a heuristic over everyday business English: the draft is split into sentences (the JDK's sentence
 * breaker), folded (case, apostrophes, contractions written out), and each component is looked for with its own
 * cue set ({@code RegretCues}, {@code ResponsibilityCues}, ...), which skips negated and hedged wordings. A
 * component is present when the manager ticked it, or when the check found it and the manager has not rejected
 * that. It judges wording only, never sincerity. A draft that is mostly not English is not judged at all.
 */
public final class ApologyChecker {

    private ApologyChecker() {
    }

    /** Checks an apology: its ticked components and its draft. */
    public static ApologyCheck check(Apology apology) {
        return check(apology.draft(), apology.ticked(), Set.of());
    }

    public static ApologyCheck check(String draft, Set<ApologyComponent> ticked) {
        return check(draft, ticked, Set.of());
    }

    /**
     * @param rejected the components the manager said the check was wrong to find
     */
    public static ApologyCheck check(String draft, Set<ApologyComponent> ticked, Set<ApologyComponent> rejected) {
        String text = Texts.orEmpty(draft);
        DraftLanguage language = DraftLanguage.of(text);
        List<SentenceParts> sentences = language == DraftLanguage.ENGLISH
                ? DraftSentence.split(text).stream().map(SentenceParts::of).toList() : List.of();
        Map<ApologyComponent, List<MatchedWords>> found = collect(sentences);
        List<ComponentCheck> checks = new ArrayList<>();
        for (ApologyComponent component : ApologyComponent.values()) {
            checks.add(new ComponentCheck(component, ticked.contains(component), rejected.contains(component),
                    found.get(component)));
        }
        return new ApologyCheck(checks, DraftWarnings.find(sentences), language);
    }

    /** The words found per component, in draft order; every component is a key (list empty if none). */
    public static Map<ApologyComponent, List<MatchedWords>> detect(String draft) {
        String text = Texts.orEmpty(draft);
        return collect(DraftSentence.split(text).stream().map(SentenceParts::of).toList());
    }

    private static Map<ApologyComponent, List<MatchedWords>> collect(List<SentenceParts> sentences) {
        Map<ApologyComponent, List<MatchedWords>> found = new EnumMap<>(ApologyComponent.class);
        for (ApologyComponent component : ApologyComponent.values()) {
            List<MatchedWords> words = new ArrayList<>();
            sentences.forEach(s -> s.get(component).forEach(hit -> words.add(hit.words())));
            words.sort((a, b) -> Integer.compare(a.start(), b.start()));
            found.put(component, List.copyOf(words));
        }
        return found;
    }
}
