package org.bridgework.example;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bridgework.model.repair.Assessment;
import org.bridgework.model.repair.FaultFinding;
import org.bridgework.model.repair.FirstResponse;
import org.bridgework.model.repair.Incident;
import org.bridgework.model.repair.IncidentKind;
import org.bridgework.model.repair.ManagerDecision;
import org.bridgework.model.repair.Ownership;
import org.bridgework.model.repair.RepeatExpected;
import org.bridgework.model.repair.TheirReading;
import org.bridgework.model.repair.Understanding;
import org.bridgework.model.repair.ValueDimension;
import org.bridgework.model.repair.ValueRatings;
import org.bridgework.model.repair.Verdict;

/** Steps 1 to 3 of the example: Assess, Understand, Own our part. */
final class ExampleBackground {
    private ExampleBackground() {
    }

    /** Valuable, hard to replace, risky to ignore: the suggested verdict is REPAIR, and the manager agrees. */
    static Assessment assessment(LocalDate today) {
        ValueRatings theyBringUs = ValueRatings.none()
                .with(ValueDimension.REVENUE, 4)
                .with(ValueDimension.STRATEGIC_VALUE, 4)
                .with(ValueDimension.REFERRALS, 3)
                .with(ValueDimension.REPUTATION, 4)
                .withAnnualRevenue(new BigDecimal("480000"));
        ValueRatings weBringThem = ValueRatings.none()
                .with(ValueDimension.REVENUE, 3)
                .with(ValueDimension.STRATEGIC_VALUE, 4)
                .with(ValueDimension.REFERRALS, 2)
                .with(ValueDimension.REPUTATION, 2);
        String reason = "Our third-largest account and our way into home retail; other retailers would hear "
                + "if we walked away. The failure was in our own planning, which we can fix, and Nadia still "
                + "took our call and asked for a plan rather than a replacement carrier.";
        return Assessment.empty()
                .withTheyBringUs(theyBringUs)
                .withWeBringThem(weBringThem)
                .withCostOfRepair(2)
                .withAlternatives(2)
                .withRiskOfInaction(4)
                .withDecision(ManagerDecision.of(Verdict.REPAIR, reason))
                .withFirstResponse(firstResponse(today));
    }

    /**
     * The word we sent on the morning of the launch: late, five days after the change reached us, so the silence
     * clock rightly warns; but it said sorry, stopped more harm and promised an account.
     */
    private static FirstResponse firstResponse(LocalDate today) {
        return new FirstResponse(Optional.of(today.minusDays(90)), true, Optional.of(today.minusDays(86)),
                "Extra trailers and an overnight shift at the depot, so the last 14 stores were stocked the next "
                        + "morning.",
                "Tom Ellery, Account Manager");
    }

    /**
     * Two incidents, both failures of competence. They read it as "cannot do it" and expect it again unless
     * something changes, so the breach type stays competence and a safeguard is called for.
     */
    static Understanding understanding(LocalDate today) {
        Incident miscommunication = Incident.of(today.minusDays(95),
                "Alder & Finch’s new carton sizes for the launch reached Tom Ellery’s inbox while he was on "
                        + "leave and lay unread for four days. On his return he confirmed the delivery plan "
                        + "without passing the change to planning, and they took that to mean the larger "
                        + "cartons were covered.",
                IncidentKind.MISCOMMUNICATION);
        Incident missedDeadline = Incident.of(today.minusDays(90),
                "Launch stock for the summer range reached 14 of their 38 stores two days late, and the "
                        + "launch went ahead with empty displays in those stores. We knew two days beforehand "
                        + "that stores were at risk, and told the client only on the morning of the launch.",
                IncidentKind.MISSED_DEADLINE);
        String theirAccount = "They told us about the new cartons, we confirmed the plan, and then we let "
                + "them find out on the morning of the launch that it did not work. They lost the launch "
                + "weekend in a third of their stores and had to apologise to their own customers.";
        String ourAccount = "The larger cartons needed twelve trailers and we had booked nine. The change "
                + "came late and to one person’s inbox, but it did reach us in time to act, and once we saw the "
                + "shortfall we spent two days trying to fix it quietly instead of warning them. Those two days "
                + "of silence were not a lapse of skill: keeping back what they needed to know was a lapse of "
                + "goodwill and candour, and the repair has to answer for that too.";
        String rootCause = "Changes from clients arrive in personal inboxes and no one in planning owns them. "
                + "Nothing makes us check trailer capacity again when the goods change, and there is no rule "
                + "for telling a client as soon as a delivery is at risk.";
        String widerNote = "The same hand-over by e-mail serves every retail client. Two smaller clients had "
                + "changes missed this year; they were lucky it was not a launch.";
        return new Understanding(List.of(miscommunication, missedDeadline), Optional.empty(), theirAccount,
                ourAccount, rootCause, true, widerNote)
                .withTheirReading(TheirReading.CANNOT_DO_IT, RepeatExpected.YES);
    }

    static Ownership ownership() {
        String whatWeDid = "We confirmed a delivery plan without checking it against the new carton sizes, "
                + "booked too few trailers, and left the client’s changes unread for four days. When we saw "
                + "that stores were at risk, we waited two days before telling them.";
        String whatWeWillChange = "Every change a client sends goes to a shared planning queue and is confirmed "
                + "within one working day. A change to the goods triggers a fresh load check. Any risk to a "
                + "delivery date is reported to the client the same day, with the options we see.";
        return new Ownership(whatWeDid, whatWeWillChange, "Ruth Callander, Operations Director")
                .withFacts(FaultFinding.AT_FAULT, "", null);
    }
}
