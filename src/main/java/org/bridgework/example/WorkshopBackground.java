package org.bridgework.example;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.bridgework.model.repair.Assessment;
import org.bridgework.model.repair.DoorState;
import org.bridgework.model.repair.FaultFinding;
import org.bridgework.model.repair.FaultSide;
import org.bridgework.model.repair.FirstResponse;
import org.bridgework.model.repair.Incident;
import org.bridgework.model.repair.IncidentKind;
import org.bridgework.model.repair.ManagerDecision;
import org.bridgework.model.repair.Ownership;
import org.bridgework.model.repair.Understanding;
import org.bridgework.model.repair.ValueDimension;
import org.bridgework.model.repair.ValueRatings;
import org.bridgework.model.repair.Verdict;

/** Steps 1 to 3 of the workshop example: the verdict to let go, what happened, and our own small part. */
final class WorkshopBackground {
    private WorkshopBackground() {
    }

    /**
     * Little value to us, easily replaced, costly to repair; they were at fault, cannot be relied on and would
     * likely do it again: the suggestion is LET_GO, and the manager agrees.
     */
    static Assessment assessment(LocalDate today) {
        ValueRatings theyBringUs = ValueRatings.none()
                .with(ValueDimension.REVENUE, 2)
                .with(ValueDimension.STRATEGIC_VALUE, 2)
                .with(ValueDimension.REFERRALS, 1)
                .with(ValueDimension.REPUTATION, 1);
        ValueRatings weBringThem = ValueRatings.none()
                .with(ValueDimension.REVENUE, 4)
                .with(ValueDimension.STRATEGIC_VALUE, 3)
                .with(ValueDimension.REFERRALS, 3)
                .with(ValueDimension.REPUTATION, 3);
        String reason = "Their fitters did good trailer and tyre work for three years. But a failed brake test "
                + "signed off as a pass puts our drivers, other road users and our operator licence at risk, "
                + "and when we asked, they blamed our drivers. Two workshops within ten miles can take the "
                + "fleet within a month. We let go, and do it properly: the notice the contract gives, every "
                + "invoice paid, our records back, and a fair word for what they did well.";
        FirstResponse first = new FirstResponse(Optional.of(today.minusDays(51)), false,
                Optional.of(today.minusDays(45)),
                "KF-14 taken off the road the same day and repaired by our own technician. Every unit Tollgate "
                        + "inspected in the last three months booked for an independent brake test that week, "
                        + "and no safety work sent to Tollgate until this is settled.",
                "Ruth Callander, Operations Director");
        return Assessment.empty()
                .withTheyBringUs(theyBringUs)
                .withWeBringThem(weBringThem)
                .withCostOfRepair(4)
                .withAlternatives(4)
                .withRiskOfInaction(2)
                .withDecision(ManagerDecision.of(Verdict.LET_GO, reason))
                .withContext(DoorState.STILL_TALKING, FaultSide.THEM, OptionalInt.of(1), OptionalInt.of(4))
                .withFirstResponse(first);
    }

    /** Two missed slots, a failed test kept from us, and the blame put on our drivers. */
    static Understanding understanding(LocalDate today) {
        Incident firstMiss = Incident.of(today.minusDays(75),
                "Tollgate missed the booked six-weekly safety inspection of units KF-09 and KF-11: no bay was "
                        + "free when our drivers arrived at 7 a.m. Both units stood idle for a day and we hired "
                        + "cover.",
                IncidentKind.MISSED_DEADLINE);
        Incident secondMiss = Incident.of(today.minusDays(61),
                "They cancelled KF-03’s service by text at 6.40 a.m. for want of a mechanic. The unit ran four "
                        + "days past its service interval until they could fit it in.",
                IncidentKind.MISSED_DEADLINE);
        Incident brakes = Incident.of(today.minusDays(52),
                "Three days after Tollgate inspected KF-14, its driver reported it pulling to the left under "
                        + "braking. The inspection sheet recorded the brake test as passed; the roller-brake "
                        + "printout, which we had to ask for, shows the second axle below the minimum. Nobody "
                        + "told us, and the unit went back on the road.",
                IncidentKind.BREACH_OF_TRUST);
        Incident blame = Incident.of(today.minusDays(50),
                "At the meeting about KF-14, their service manager said our units had come late and lost the "
                        + "slots, and that the brake fault came from our drivers’ habits after the test.",
                IncidentKind.BREACH_OF_TRUST);
        String theirAccount = "They were short of two mechanics for months and did their best to fit us in. "
                + "They say our units arrived late, and that the brakes were fine on the day. To them, one "
                + "bad reading is being used to end three good years.";
        String ourAccount = "The slots were lost to their staffing, not to our timing. The brake test failed on "
                + "the day, and the sheet said it passed, most likely to keep the bay moving. What decided it "
                + "was not the failure but the pass on paper, and the blame put on our drivers when we asked.";
        String rootCause = "Tollgate were short of staff and signed work off to keep to their slots. On our "
                + "side, we took ticked sheets without the printouts for three years, so nothing would have "
                + "shown a false pass until a driver felt it.";
        String widerNote = "We take inspection sheets on trust from every workshop and tyre firm we use. The "
                + "same gap is open with the trailer hire company’s service desk.";
        return new Understanding(List.of(firstMiss, secondMiss, brakes, blame), Optional.empty(), theirAccount,
                ourAccount, rootCause, true, widerNote);
    }

    /** Their version blamed us; our records clear us. We still own the checks we never made. */
    static Ownership ownership() {
        String whatWeDid = "We accepted three years of ticked inspection sheets without asking for the brake "
                + "printouts, and after the first missed slot we carried on without a word in writing, so "
                + "they had no reason to think it mattered to us.";
        String whatWeWillChange = "Every safety inspection, by any workshop, comes with its brake printout, and "
                + "our technician checks one in five against the sheet. A missed slot gets a written warning "
                + "the same day.";
        String facts = "Our gate log shows KF-09, KF-11 and KF-03 leaving the depot in good time, and the "
                + "tachograph records put them at Tollgate before the booked times. The KF-14 printout is "
                + "dated and timed on the day of the inspection and shows the second axle below the minimum; "
                + "the sheet, signed within the hour, records a pass. Copies of all of it went to Tollgate "
                + "with our written findings.";
        return new Ownership(whatWeDid, whatWeWillChange, "Ruth Callander, Operations Director")
                .withFacts(FaultFinding.NOT_AT_FAULT, facts, null);
    }
}
