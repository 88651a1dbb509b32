package org.bridgework.example;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bridgework.model.repair.ApologyWarranted;
import org.bridgework.model.repair.Channel;
import org.bridgework.model.repair.Conversation;
import org.bridgework.model.repair.Dialogue;
import org.bridgework.model.repair.Fact;
import org.bridgework.model.repair.MeetingPlan;
import org.bridgework.model.repair.Preparation;
import org.bridgework.model.repair.Sentiment;

/** Steps 4 and 5 of the example: Prepare, and the three conversations of Talk. */
final class ExampleTalks {
    private static final String NADIA = "Nadia Brook (Alder & Finch, Head of Operations)";
    private static final String OWEN = "Owen Halloway (Alder & Finch, Commercial Director)";
    private static final String RUTH = "Ruth Callander (Operations Director)";
    private static final String TOM = "Tom Ellery (Account Manager)";
    private static final String SAM = "Sam Whitcombe (Planner)";

    private ExampleTalks() {
    }

    static Preparation preparation(LocalDate today) {
        List<Fact> facts = List.of(
                new Fact("14 of 38 stores received launch stock two days late; the other 24 were on time.",
                        "Proof-of-delivery records from the depot system"),
                new Fact("The new carton sizes needed 12 trailers; we had booked 9.",
                        "Transport planning sheet and the load calculation redone afterwards"),
                new Fact("The new carton sizes sat unread for four days in an absent colleague’s inbox.",
                        "Mail log; Tom Ellery"),
                new Fact("Alder & Finch changed the carton sizes nine days before the launch.",
                        "Their e-mail with the new packing specification"),
                new Fact("Our shift lead flagged the shortfall two days before the launch; the client heard "
                        + "on the morning of the launch.",
                        "Depot shift log; Ruth Callander’s notes"));
        String likelyView = "They think we took their launch for granted and hid the problem until it was too "
                + "late to do anything. The late changes on their side will not feel relevant to them.";
        String interests = "Stores stocked on time for the autumn range; early warning when anything is at "
                + "risk; one person to call; not having to chase us.";
        List<String> keyMessages = List.of(
                "We got this wrong and we own it; it was not bad luck.",
                "Here is what happened, fact by fact, including the two days we stayed quiet.",
                "Here is what changes, who is responsible, and by when.",
                "We will make good the cost to them, and they will see the changes work before the autumn range.");
        MeetingPlan meeting = new MeetingPlan(RUTH + " and " + TOM + "; " + NADIA + " and " + OWEN,
                Optional.of(today.minusDays(70)), Optional.of(Channel.MEETING));
        return new Preparation(facts, likelyView, interests, keyMessages, ApologyWarranted.YES, meeting);
    }

    /** Three conversations: angry on the phone, tense on video, constructive face to face. */
    static Dialogue dialogue(LocalDate today) {
        Conversation firstCall = new Conversation(today.minusDays(89), Channel.PHONE, List.of(NADIA, TOM),
                "Tell us as soon as we knew, two days before, when they could still have moved stock between "
                        + "stores or changed the launch plan.",
                "The last stores delivered the next day, and a written account of what happened within three "
                        + "working days.",
                "When our account manager is away, nobody owns the client’s changes.",
                "Remaining stores delivered the next day; Tom sends the written account within three working "
                        + "days; Ruth asks Owen for a call.",
                Optional.of(Sentiment.VERY_NEGATIVE));
        Conversation videoCall = new Conversation(today.minusDays(82), Channel.VIDEO_CALL,
                List.of(NADIA, OWEN, RUTH, TOM),
                "Warn them about capacity as soon as the cartons changed, instead of confirming the old plan.",
                "One named planner, every change confirmed within a day, and some recognition of what the late "
                        + "stores cost them.",
                "Our change process depends on one person’s inbox, and our first instinct under pressure was "
                        + "to fix things quietly.",
                "Ruth comes to their office with a written plan; Owen will decide after that meeting whether "
                        + "the autumn range stays with us.",
                Optional.of(Sentiment.NEGATIVE));
        Conversation meeting = new Conversation(today.minusDays(70), Channel.MEETING,
                List.of(NADIA, OWEN, RUTH, SAM),
                "Nothing new; they said the written account matched what they had seen.",
                "To see the changes working on real deliveries before the autumn range, and a monthly review "
                        + "until it is in the stores.",
                "Said plainly and in person, the facts mattered more to them than the credit.",
                "The apology and the plan were accepted; Sam becomes their planner; monthly review calls "
                        + "start; the autumn range stays with us for now.",
                Optional.of(Sentiment.POSITIVE));
        return new Dialogue(List.of(firstCall, videoCall, meeting));
    }
}
