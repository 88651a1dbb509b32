package org.bridgework.example;

import static org.bridgework.example.ExampleCommitments.done;
import static org.bridgework.example.ExampleCommitments.notDone;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bridgework.model.repair.ActionPlan;
import org.bridgework.model.repair.Apology;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.CommitmentKind;
import org.bridgework.model.repair.CommitmentStatus;
import org.bridgework.model.repair.Forgiveness;
import org.bridgework.model.repair.Outcome;
import org.bridgework.model.repair.Rebuilding;
import org.bridgework.model.repair.Reconciliation;
import org.bridgework.model.repair.RepairOffer;
import org.bridgework.model.repair.TrustCheckIn;
import org.bridgework.model.repair.TrustRatings;

/**
 * Steps 6 to 8 of the surcharge example: the response given instead of an apology, eight commitments (every
 * one due so far kept, one dropped by agreement, two safeguards) and check-ins from a baseline back to where
 * trust stood, so the repair closes as continued with safeguards.
 */
final class SurchargeFollowUp {
    private static final String GRAHAM = "Graham Holt";
    private static final String LYDIA = "Lydia Marsh (Finance)";
    private static final String CALLUM = "Callum Reid";
    private static final String INVOICE_LAYOUT = "Show the week’s index price, the band and the resulting "
            + "percentage on every invoice";
    private static final String STATEMENT = "Send a surcharge statement each quarter that their auditor can "
            + "check against the published index";

    private SurchargeFollowUp() {
    }

    /** No apology was warranted: the response given instead, the small things owned, and how we move on. */
    static Reconciliation reconciliation() {
        String instead = "On the video call five days after Priya’s e-mail, Graham told her plainly that we had "
                + "not padded the surcharge and had not passed any of their loads to another haulier. He and "
                + "Lydia went through all 13 weeks against clause 9.2 and the published index, and Anna "
                + "recomputed three of them herself. Two days later Callum showed Gareth the tachograph, GPS "
                + "and hire records for the Hexham delivery at their site. We said we were sorry that our "
                + "invoice gave them no way to check the surcharge and that we had not told them about the "
                + "hired unit, and showed them the new invoice layout.";
        String response = "Priya released both invoices that afternoon, and said she would rather have had an "
                + "invoice she could check than this conversation. Gareth withdrew the complaint in writing.";
        List<RepairOffer> offers = List.of(new RepairOffer(INVOICE_LAYOUT), new RepairOffer(STATEMENT));
        Apology apology = new Apology("", Set.of(), offers, Optional.empty(), Optional.empty(), response,
                instead);
        Forgiveness forgiveness = new Forgiveness(
                "They accused us of dishonesty in writing, with their board copied, before asking us a single "
                        + "question. We let that go: our invoice made the worst reading the easiest one.",
                "Nobody on our side brings the accusation up again. Whoever doubts a figure asks first, and "
                        + "we answer within two working days with the working shown.");
        return new Reconciliation(apology, forgiveness);
    }

    static ActionPlan actionPlan(LocalDate today) {
        return new ActionPlan(List.of(
                done("Hold the two questioned invoices: no reminders or late-payment charges until they are "
                                + "satisfied", LYDIA, today.minusDays(40), today.minusDays(40),
                        "No reminder or charge goes out; Priya releases the invoices herself.",
                        "Held in the ledger from the first call; Priya released both after the video call.",
                        false, CommitmentKind.SUPPORT),
                done("Send the surcharge figures for all 13 weeks, with the index prices and how to check them",
                        GRAHAM, today.minusDays(35), today.minusDays(37),
                        "Their auditor can recompute every week from the published index.",
                        "Sent two days early; Anna recomputed three weeks on the video call and found them right.",
                        false, CommitmentKind.SUPPORT),
                done("Show Gareth the tachograph record, trailer GPS track and hire agreement for the Hexham "
                                + "delivery", CALLUM, today.minusDays(33), today.minusDays(33),
                        "Gareth has seen every record and can say who carried the load.",
                        "Shown at their site; Gareth withdrew the complaint in writing the same day.",
                        false, CommitmentKind.SUPPORT),
                done("Tell Brightwater by e-mail before any hired or replacement vehicle carries their goods, "
                                + "and whose it is", CALLUM, today.minusDays(30), today.minusDays(31),
                        "A note reaches Gareth before every such delivery.",
                        "Added to the planners’ checklist; two notes sent since, both acknowledged by Gareth.",
                        false, CommitmentKind.PROCESS_CHANGE),
                new Commitment("Let their auditor inspect our fuel and surcharge records at our office", LYDIA,
                        Optional.of(today.minusDays(28)), "Anna has seen the records she asks for.",
                        CommitmentStatus.DROPPED_BY_AGREEMENT, Optional.empty(),
                        "Priya wrote that the figures had answered the question and the visit was not needed.",
                        false, Optional.of(CommitmentKind.SUPPORT)),
                done(INVOICE_LAYOUT, LYDIA, today.minusDays(24), today.minusDays(26),
                        "Every invoice carries the three figures, and no question about the surcharge needs "
                                + "a call.",
                        "New layout in use for every client since then; Priya says her team checks it in a "
                                + "minute.",
                        false, CommitmentKind.SAFEGUARD),
                notDone(STATEMENT, LYDIA, today.plusDays(25),
                        "Anna receives the statement within ten working days of the quarter’s end and finds "
                                + "every week right.",
                        CommitmentStatus.IN_PROGRESS, CommitmentKind.SAFEGUARD),
                notDone("Call Priya after the first quarterly statement to ask whether it answers her questions",
                        GRAHAM, today.plusDays(32), "A call held, and anything she asks for agreed in writing.",
                        CommitmentStatus.PLANNED, CommitmentKind.CHECK_IN)));
    }

    /** A baseline from before, a sharp fall in their trust in our honesty, then back to where it stood. */
    static Rebuilding rebuilding(LocalDate today) {
        List<TrustCheckIn> checkIns = List.of(
                new TrustCheckIn(today.minusDays(45), new TrustRatings(4, 4, 4), new TrustRatings(4, 4, 4),
                        "Baseline, recorded afterwards: how things stood before Priya’s e-mail. A quiet, "
                                + "well-run account with no complaints.", true),
                new TrustCheckIn(today.minusDays(38), new TrustRatings(4, 3, 4), new TrustRatings(3, 2, 1),
                        "After the first call. They think we have been cheating them. Being accused in front "
                                + "of their board before anyone asked us stung, and we rate their goodwill lower."),
                new TrustCheckIn(today.minusDays(30), new TrustRatings(4, 4, 4), new TrustRatings(4, 3, 3),
                        "After the figures and the Hexham records. Priya accepts the surcharge is right; "
                                + "Gareth is friendly again. Some doubt remains until they see the new invoice."),
                new TrustCheckIn(today.minusDays(3), new TrustRatings(4, 4, 4), new TrustRatings(4, 4, 4),
                        "Two invoices in the new layout checked without a question. Priya asked us to quote "
                                + "for deliveries to their two new centres."));
        String lessons = "A number the client cannot check is a number they will one day doubt. We answered the "
                + "morning after the accusation came, with records rather than indignation, and said sorry only "
                + "for what really was ours: the invoice nobody could check and the hired lorry nobody "
                + "mentioned. The new invoice layout and the quarterly statement stay in place, for every client.";
        return new Rebuilding(checkIns, Optional.of(Outcome.CONTINUED_WITH_SAFEGUARDS), lessons);
    }
}
