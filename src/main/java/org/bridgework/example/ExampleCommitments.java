package org.bridgework.example;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bridgework.model.repair.ActionPlan;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.CommitmentKind;
import org.bridgework.model.repair.CommitmentStatus;

/**
 * Step 7 of the example: ten commitments from about two months ago to a month ahead. Five are done on time (one
 * beyond what was asked), one was missed and has been rebooked, one is in progress and three are planned. None is
 * overdue: every open one is due after {@code today}.
 */
final class ExampleCommitments {
    private static final String RUTH = "Ruth Callander";
    private static final String TOM = "Tom Ellery";
    private static final String SAM = "Sam Whitcombe";
    private static final String WORKSHOP_MEASURE = "Workshop held with their store operations team, and the "
            + "changes agreed there sent to both teams within a week.";

    private ExampleCommitments() {
    }

    static ActionPlan actionPlan(LocalDate today) {
        return new ActionPlan(List.of(
                done("Name one planner for Alder & Finch, with a deputy for holidays", RUTH,
                        today.minusDays(60), today.minusDays(63),
                        "Nadia has one name and one number to call, and a deputy is named for every absence.",
                        "Sam introduced at the apology meeting; the deputy rota went to Nadia, who confirmed it "
                                + "by e-mail.",
                        false, CommitmentKind.RESOURCES),
                done("Credit the launch-week delivery charges in full", "Lydia Marsh (Finance)",
                        today.minusDays(55), today.minusDays(58),
                        "The full charges appear as a credit on their next invoice.",
                        "Credit note sent with the next invoice; Nadia confirmed the amount.",
                        false, CommitmentKind.COMPENSATION),
                done("Restock the 14 late stores free of charge for their relaunch", TOM,
                        today.minusDays(56), today.minusDays(57),
                        "All 14 stores stocked by 6 a.m. on the relaunch day, shown by proof of delivery.",
                        "Proof of delivery for all 14 stores before 6 a.m.; Nadia sent a photo of a full display. "
                                + "They had not asked for this.",
                        true, CommitmentKind.SUPPORT),
                done("Send every client change to a shared planning queue and confirm it within one working day",
                        RUTH, today.minusDays(45), today.minusDays(47),
                        "Every change from Alder & Finch confirmed within one working day, as the weekly queue "
                                + "report shows.",
                        "Queue in use since then; every weekly report shows all changes confirmed within a day.",
                        false, CommitmentKind.PROCESS_CHANGE),
                notDone("Hold a lessons workshop with their store operations team", TOM, today.minusDays(40),
                        WORKSHOP_MEASURE, CommitmentStatus.MISSED, CommitmentKind.SUPPORT),
                done("Run a new load check whenever goods or packaging change, before confirming the plan", SAM,
                        today.minusDays(30), today.minusDays(33),
                        "A load check is on file for every change to goods or packaging, dated before the "
                                + "confirmation.",
                        "Added to the planning checklist; it has run on three changes since and caught one "
                                + "shortfall of a trailer.",
                        false, CommitmentKind.SAFEGUARD),
                notDone("Hold the missed lessons workshop, at their distribution centre", TOM, today.plusDays(10),
                        WORKSHOP_MEASURE, CommitmentStatus.PLANNED, CommitmentKind.SUPPORT),
                notDone("Add to the contract: any risk to a delivery date is reported within four working hours, "
                                + "or a service credit is due", "Graham Holt (Commercial Director)",
                        today.plusDays(14), "Contract amendment signed by both sides.",
                        CommitmentStatus.PLANNED, CommitmentKind.SAFEGUARD),
                notDone("Put a second planner and two reserve trailers on the autumn range launch week", RUTH,
                        today.plusDays(28), "All 38 stores stocked by 6 a.m. on launch day, shown by proof of "
                                + "delivery.",
                        CommitmentStatus.PLANNED, CommitmentKind.RESOURCES),
                notDone("Hold a review call with Nadia every month until the autumn range is in the stores", RUTH,
                        today.plusDays(30), "A call each month, with notes sent to Nadia within two working days.",
                        CommitmentStatus.IN_PROGRESS, CommitmentKind.CHECK_IN)));
    }

    /** A commitment done; {@code kind} is null where none of the kinds fits (giving notice, paying a bill). */
    static Commitment done(String what, String owner, LocalDate due, LocalDate completedOn, String measure,
                                   String evidence, boolean beyondWhatWasAsked, CommitmentKind kind) {
        return new Commitment(what, owner, Optional.of(due), measure, CommitmentStatus.DONE, Optional.of(completedOn),
                evidence, beyondWhatWasAsked, Optional.ofNullable(kind));
    }

    static Commitment notDone(String what, String owner, LocalDate due, String measure,
                                      CommitmentStatus status, CommitmentKind kind) {
        return new Commitment(what, owner, Optional.of(due), measure, status, Optional.empty(), "", false,
                Optional.of(kind));
    }
}
