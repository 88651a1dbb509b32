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

/** Steps 4 and 5 of the surcharge example: a denial prepared with its evidence, and three conversations. */
final class SurchargeTalks {
    private static final String PRIYA = "Priya Lorimer (Brightwater, Finance Director)";
    private static final String GARETH = "Gareth Penn (Brightwater, Head of Supply Chain)";
    private static final String ANNA = "Anna Szabo (Brightwater, Internal Auditor)";
    private static final String GRAHAM = "Graham Holt (Commercial Director)";
    private static final String LYDIA = "Lydia Marsh (Finance)";
    private static final String CALLUM = "Callum Reid (Transport Manager)";

    private SurchargeTalks() {
    }

    static Preparation preparation(LocalDate today) {
        List<Fact> facts = List.of(
                new Fact("The surcharge on every invoice in the 13 weeks matches the band in schedule 3 for that "
                        + "week’s index price.", "Contract clause 9.2 and schedule 3; the published weekly index; "
                        + "our invoice ledger"),
                new Fact("Bulk diesel rose by about a fifth over those weeks; forecourt prices rose far less.",
                        "The published weekly index against the forecourt prices in their own fuel-card "
                                + "statements"),
                new Fact("The Hexham delivery was made by our driver, Alan Pryce, with our trailer.",
                        "Tachograph record for that day; trailer GPS track"),
                new Fact("The tractor unit was hired for nine days while ours was in for a gearbox repair.",
                        "Hire agreement; workshop job card"),
                new Fact("None of their loads has been given to another haulier this year.",
                        "Load allocation records; the contract allows no subcontracting without consent, and "
                                + "none was asked"));
        String likelyView = "They believe we have been overcharging them every month and passing their work to "
                + "someone cheaper, and that we will deny it. They will read a soft answer as guilt.";
        String interests = "Invoices they can check for themselves; knowing who carries their stock; being "
                + "able to tell their board the question is settled.";
        List<String> keyMessages = List.of(
                "We checked every week, and the surcharge is exactly what the contract sets: here are the "
                        + "figures, and here is how to check them yourselves.",
                "Every load was carried by our own driver; the Hexham lorry was a hired unit pulling our trailer.",
                "We should have made the invoice checkable and told you about the hired unit; both change now.",
                "Nothing is chased until you are satisfied.");
        MeetingPlan meeting = new MeetingPlan(GRAHAM + " and " + LYDIA + "; " + PRIYA + ", " + GARETH + " and "
                + ANNA, Optional.of(today.minusDays(35)), Optional.of(Channel.VIDEO_CALL));
        return new Preparation(facts, likelyView, interests, keyMessages, ApologyWarranted.NO, meeting);
    }

    /** Three conversations: angry on the phone, cool on video with the figures, warm on their site. */
    static Dialogue dialogue(LocalDate today) {
        Conversation firstCall = new Conversation(today.minusDays(40), Channel.PHONE, List.of(PRIYA, GRAHAM),
                "Show the surcharge working on the invoice, and say when a different lorry was coming.",
                "Proof, week by week, that the surcharge follows the contract; the two invoices left alone "
                        + "meanwhile.",
                "Our invoices ask a client to trust a number they cannot check.",
                "Graham sends the week-by-week figures within five working days and sets up a video call "
                        + "with their auditor; the two invoices stay on hold.",
                Optional.of(Sentiment.VERY_NEGATIVE));
        Conversation figures = new Conversation(today.minusDays(35), Channel.VIDEO_CALL,
                List.of(PRIYA, GARETH, ANNA, GRAHAM, LYDIA),
                "Nothing on the surcharge once Anna had recomputed three weeks herself; on Hexham, tell them "
                        + "before a vehicle they do not know turns up.",
                "The records for the Hexham delivery, shown to Gareth in person.",
                "Answering with documents, not with indignation, took the heat out of it.",
                "Priya releases the two invoices for payment; Callum shows Gareth the Hexham records at their "
                        + "site; Lydia drafts an invoice that shows the working.",
                Optional.of(Sentiment.NEUTRAL));
        Conversation site = new Conversation(today.minusDays(33), Channel.MEETING, List.of(GARETH, CALLUM),
                "Nothing more; he said he would have asked first if the invoices had made sense.",
                "A short note before any hired or replacement vehicle carries their goods.",
                "Our drivers and our records were our best witnesses.",
                "Gareth withdraws the subcontracting complaint in writing; we send the note on hired vehicles "
                        + "from now on; Priya gets a quarterly surcharge statement.",
                Optional.of(Sentiment.POSITIVE));
        return new Dialogue(List.of(firstCall, figures, site));
    }
}
