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

/** Steps 4 and 5 of the workshop example: preparing to give notice, and four conversations. */
final class WorkshopTalks {
    private static final String MARTIN = "Martin Kerr (Tollgate, Managing Director)";
    private static final String LEE = "Lee Varney (Tollgate, Service Manager)";
    private static final String RUTH = "Ruth Callander (Operations Director)";
    private static final String DEV = "Dev Sandhu (Fleet Engineer)";

    private WorkshopTalks() {
    }

    static Preparation preparation(LocalDate today) {
        List<Fact> facts = List.of(
                new Fact("KF-09 and KF-11 reached Tollgate before their booked slot and found no bay free.",
                        "Depot gate log; tachograph records"),
                new Fact("KF-03 ran four days past its service interval after a cancellation by text.",
                        "Lee Varney’s text message; service schedule"),
                new Fact("The KF-14 brake test failed on the second axle; the sheet signed the same hour says "
                        + "it passed.", "Roller-brake printout; Tollgate inspection sheet"),
                new Fact("An independent test three days later found the same fault.",
                        "Independent test centre report"),
                new Fact("The contract can be ended by either side with 30 days’ written notice.",
                        "Maintenance contract, clause 14"),
                new Fact("Tollgate’s open invoices for work done come to £6,240.", "Accounts payable ledger"));
        String likelyView = "They think one bad reading is being used as an excuse to move to a cheaper "
                + "workshop, and that three years of good trailer work should count for more.";
        String interests = "Our fleet inspected on time by people whose records we can rely on; the operator "
                + "licence safe; our records back in full; no unpaid bills or bad blood that follows us round "
                + "a small trade.";
        List<String> keyMessages = List.of(
                "We are ending the contract, with the 30 days’ notice it gives.",
                "The reason is the brake test signed off as passed when it had failed. Here are the records; "
                        + "our units were not late.",
                "Every invoice for work done will be paid within ten days of the notice.",
                "We need every record for our units by the end of the notice.",
                "Your fitters’ trailer and tyre work was good, and we will say so to anyone who asks.");
        MeetingPlan meeting = new MeetingPlan(RUTH + " and " + DEV + "; " + MARTIN,
                Optional.of(today.minusDays(40)), Optional.of(Channel.MEETING));
        return new Preparation(facts, likelyView, interests, keyMessages, ApologyWarranted.NO, meeting);
    }

    /** Four conversations: routine, then angry over the brakes, then the notice, then a civil last call. */
    static Dialogue dialogue(LocalDate today) {
        Conversation firstMiss = new Conversation(today.minusDays(75), Channel.PHONE, List.of(LEE, DEV),
                "Book the slots further ahead; they were short of mechanics.",
                "Both units rebooked later in the week, and some patience until their new mechanic starts.",
                "We take a missed safety slot with a shrug, and write nothing down.",
                "Both units rebooked for three days later; Lee confirms every slot by e-mail the day before.",
                Optional.of(Sentiment.NEUTRAL));
        Conversation brakes = new Conversation(today.minusDays(50), Channel.MEETING,
                List.of(MARTIN, LEE, RUTH, DEV),
                "They say our units came late and our drivers are hard on brakes, and that they would have "
                        + "tested KF-14 again if we had brought it back.",
                "Another chance: a free re-inspection of the whole fleet and a new service manager on our "
                        + "account.",
                "We had relied on a ticked sheet for three years; nobody on our side ever read a printout.",
                "We send our written findings with the records within five working days and decide on the "
                        + "contract after that; Tollgate sends every brake printout for our units from the last "
                        + "six months.",
                Optional.of(Sentiment.VERY_NEGATIVE));
        Conversation notice = new Conversation(today.minusDays(40), Channel.MEETING, List.of(MARTIN, RUTH, DEV),
                "Martin said we should have warned him in writing after the first missed slot. We agreed.",
                "Their invoices paid without argument, no claim for the cover vehicles, and no word against "
                        + "them in the trade.",
                "Giving the decision and the reasons plainly, once, was kinder than letting it drag on.",
                "The contract ends after the 30 days’ notice in clause 14; no more safety inspections meanwhile; "
                        + "Tollgate hands over every record by the end of the notice; we pay every invoice for "
                        + "work done within ten days of the notice.",
                Optional.of(Sentiment.NEGATIVE));
        Conversation lastCall = new Conversation(today.minusDays(9), Channel.PHONE, List.of(MARTIN, RUTH),
                "Nothing; he said the ending had been handled fairly.",
                "The reference we promised, for his trailer and tyre work.",
                "Paying promptly and thanking his fitters by name left things civil in a small trade.",
                "Ruth sends the reference within the week; a last call a month after the end to settle "
                        + "anything left.",
                Optional.of(Sentiment.NEUTRAL));
        return new Dialogue(List.of(firstMiss, brakes, notice, lastCall));
    }
}
