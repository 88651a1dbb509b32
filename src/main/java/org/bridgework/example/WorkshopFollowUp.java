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
import org.bridgework.model.repair.TrustCheckIn;
import org.bridgework.model.repair.TrustRatings;

/**
 * Steps 6 to 8 of the workshop example: the notice given instead of an apology, what we forgive and on what
 * terms, the commitments that let go well (most done, one dropped at their request, one call still ahead), and
 * check-ins from a baseline to the end. The outcome is LET_GO.
 */
final class WorkshopFollowUp {
    private static final String RUTH = "Ruth Callander";
    private static final String DEV = "Dev Sandhu";
    private static final String LYDIA = "Lydia Marsh (Finance)";

    private WorkshopFollowUp() {
    }

    static Reconciliation reconciliation() {
        String instead = "No apology was owed for the breach, and we did not ask them for one. At the notice "
                + "meeting Ruth gave Martin a letter and went through it with him: the contract ends after the "
                + "30 days’ notice in clause 14; the reason is the KF-14 brake test signed off as passed when it "
                + "had failed, with the printout, the sheet and our gate and tachograph records; every invoice "
                + "for work done is paid within ten days of the notice; we need every record for our units by the "
                + "end of the notice; and we will give a fair reference for their trailer and tyre work. She "
                + "thanked his fitters by name for three years of it.";
        String response = "Martin was angry at first and said one reading was not worth three years. By the "
                + "end he accepted the notice, asked us not to name the workshop in the trade, and asked to end "
                + "the tyre work at the same time.";
        Apology apology = new Apology("", Set.of(), List.of(), Optional.empty(), Optional.empty(), response,
                instead);
        Forgiveness forgiveness = new Forgiveness(
                "The days our units stood idle after the missed slots. The contract lets us claim the hire of "
                        + "cover vehicles, about £1,900, and we do not claim it.",
                "We part without a claim and without a word against them in the trade; the facts about KF-14 "
                        + "go only to those who must know, our transport manager and a vehicle examiner if one "
                        + "asks. If we ever use them again, it is for trailer and tyre work only, with every "
                        + "job sheet checked.");
        return new Reconciliation(apology, forgiveness);
    }

    static ActionPlan actionPlan(LocalDate today) {
        return new ActionPlan(List.of(
                done("Brake-test every unit Tollgate inspected in the last three months at an independent centre",
                        DEV, today.minusDays(45), today.minusDays(46),
                        "Every unit tested, and any fault fixed before it runs again.",
                        "Eleven units tested; KF-14 repaired; one other needed new brake pads, fitted that day.",
                        false, CommitmentKind.SAFEGUARD),
                done("Send Tollgate our written findings with the printout, the sheet, the gate log and the "
                                + "tachograph records", RUTH, today.minusDays(45), today.minusDays(45),
                        "Martin has every record our decision rests on.",
                        "Sent by e-mail and by post; Martin acknowledged them.",
                        false, CommitmentKind.SUPPORT),
                done("Give notice in person and in writing under clause 14, with the reasons and the end "
                                + "date", RUTH, today.minusDays(40), today.minusDays(40),
                        "Martin has the letter in his hand and has heard the reasons from us, not from the trade.",
                        "Given at the notice meeting; Martin signed for the letter.", false, null), // no kind fits
                done("Move safety inspections to Ridgeway Commercials from the next due dates, with a brake "
                                + "printout for every test", DEV, today.minusDays(38), today.minusDays(39),
                        "No unit misses an inspection in the change-over, and every test has its printout.",
                        "Contract signed; the first six inspections done there, all with printouts.",
                        false, CommitmentKind.SAFEGUARD),
                done("Pay every Tollgate invoice for work done within ten days of the notice", LYDIA,
                        today.minusDays(30), today.minusDays(31),
                        "All open invoices paid in full, with none disputed.",
                        "£6,240 paid across five invoices; Tollgate’s accounts confirmed nothing is outstanding.",
                        false, null),
                done("Require a brake printout from every workshop, and check one inspection in five against it",
                        RUTH, today.minusDays(20), today.minusDays(22),
                        "A printout on file for every inspection; one in five checked by our technician.",
                        "In the fleet procedure; checks logged for every inspection since.",
                        false, CommitmentKind.PROCESS_CHANGE),
                new Commitment("Let Tollgate finish the trailer tyre work to the end of the contract", DEV,
                        Optional.of(today.minusDays(10)), "Tyres fitted and logged until the last day.",
                        CommitmentStatus.DROPPED_BY_AGREEMENT, Optional.empty(),
                        "Martin asked to end the tyre work with the inspections; moved to our tyre supplier "
                                + "a fortnight early.",
                        false, Optional.of(CommitmentKind.RESOURCES)),
                done("Collect the maintenance records and brake printouts for every unit, and check them against "
                                + "our fleet list", DEV, today.minusDays(10), today.minusDays(11),
                        "A complete history for all 24 units in our own files.",
                        "All 24 histories received and checked; two missing printouts sent on request.",
                        false, CommitmentKind.SUPPORT),
                done("Send Martin a written reference for their trailer and tyre work, saying what they did well",
                        RUTH, today.minusDays(5), today.minusDays(7),
                        "A signed reference Martin can show other customers.",
                        "Sent after the last call; Martin thanked us for it.",
                        false, CommitmentKind.SUPPORT),
                notDone("Call Martin a month after the end to settle anything left", RUTH, today.plusDays(20),
                        "A call held, and anything still open settled in writing.",
                        CommitmentStatus.PLANNED, CommitmentKind.CHECK_IN)));
    }

    /** From a baseline of good trust to the end: ours in them falls and stays low; theirs in us recovers. */
    static Rebuilding rebuilding(LocalDate today) {
        List<TrustCheckIn> checkIns = List.of(
                new TrustCheckIn(today.minusDays(80), new TrustRatings(4, 4, 4), new TrustRatings(4, 4, 4),
                        "Baseline, recorded afterwards: three years without a serious problem.", true),
                new TrustCheckIn(today.minusDays(60), new TrustRatings(3, 3, 3), new TrustRatings(4, 4, 4),
                        "Two missed slots. We doubt they have the staff; they still see us as a good customer."),
                new TrustCheckIn(today.minusDays(48), new TrustRatings(2, 1, 1), new TrustRatings(3, 2, 3),
                        "After KF-14 and the meeting where they blamed our drivers. They think we are looking "
                                + "for a reason to leave."),
                new TrustCheckIn(today.minusDays(8), new TrustRatings(2, 2, 1), new TrustRatings(3, 3, 4),
                        "After the end. The hand-over was orderly and every record came back, but the false "
                                + "pass is why we would not go back for safety work. Martin says we were straight "
                                + "with him and paid on time."));
        String lessons = "Letting go can be done well: one clear conversation, the reasons with the records, "
                + "every invoice paid, our records back and a fair word for the good work. We should have put "
                + "the first missed slot in writing and asked for printouts from the start: a ticked sheet is "
                + "not evidence. Every workshop we use now sends its printouts.";
        return new Rebuilding(checkIns, Optional.of(Outcome.LET_GO), lessons);
    }
}
