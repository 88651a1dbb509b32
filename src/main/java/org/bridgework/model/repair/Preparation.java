package org.bridgework.model.repair;

import java.util.List;
import java.util.Objects;

/**
 * Step 4 worksheet: research and preparation before approaching them.
 *
 * @param facts            facts gathered, each with its source
 * @param theirLikelyView  how they probably see what happened
 * @param theirInterests   what they need from the relationship
 * @param keyMessages      what we must get across, most important first
 * @param apologyWarranted whether we owe an apology
 * @param meeting          who meets, when and how
 */
public record Preparation(List<Fact> facts, String theirLikelyView, String theirInterests, List<String> keyMessages,
                          ApologyWarranted apologyWarranted, MeetingPlan meeting) {

    public Preparation {
        facts = Texts.copy(facts);
        theirLikelyView = Texts.orEmpty(theirLikelyView);
        theirInterests = Texts.orEmpty(theirInterests);
        keyMessages = Texts.copy(keyMessages);
        apologyWarranted = Objects.requireNonNullElse(apologyWarranted, ApologyWarranted.UNDECIDED);
        meeting = Objects.requireNonNullElse(meeting, MeetingPlan.none());
    }

    /** A blank worksheet. */
    public static Preparation empty() {
        return new Preparation(List.of(), "", "", List.of(), ApologyWarranted.UNDECIDED, MeetingPlan.none());
    }

    public Preparation withFacts(List<Fact> newFacts) {
        return new Preparation(newFacts, theirLikelyView, theirInterests, keyMessages, apologyWarranted, meeting);
    }

    public Preparation withKeyMessages(List<String> messages) {
        return new Preparation(facts, theirLikelyView, theirInterests, messages, apologyWarranted, meeting);
    }

    public Preparation withApologyWarranted(ApologyWarranted warranted) {
        return new Preparation(facts, theirLikelyView, theirInterests, keyMessages, warranted, meeting);
    }
}
