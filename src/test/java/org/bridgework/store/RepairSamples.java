package org.bridgework.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bridgework.model.repair.ActionPlan;
import org.bridgework.model.repair.Apology;
import org.bridgework.model.repair.ApologyComponent;
import org.bridgework.model.repair.ApologyWarranted;
import org.bridgework.model.repair.Assessment;
import org.bridgework.model.repair.BreachType;
import org.bridgework.model.repair.Channel;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.CommitmentKind;
import org.bridgework.model.repair.CommitmentStatus;
import org.bridgework.model.repair.Conversation;
import org.bridgework.model.repair.Dialogue;
import org.bridgework.model.repair.Fact;
import org.bridgework.model.repair.Forgiveness;
import org.bridgework.model.repair.Incident;
import org.bridgework.model.repair.IncidentKind;
import org.bridgework.model.repair.ManagerDecision;
import org.bridgework.model.repair.MeetingPlan;
import org.bridgework.model.repair.Outcome;
import org.bridgework.model.repair.Ownership;
import org.bridgework.model.repair.Preparation;
import org.bridgework.model.repair.Rebuilding;
import org.bridgework.model.repair.Reconciliation;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairOffer;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.model.repair.Sentiment;
import org.bridgework.model.repair.TrustCheckIn;
import org.bridgework.model.repair.TrustRatings;
import org.bridgework.model.repair.Understanding;
import org.bridgework.model.repair.ValueDimension;
import org.bridgework.model.repair.ValueRatings;
import org.bridgework.model.repair.Verdict;

/**
 * Worksheets with every field set, in text that tends to break storage: quotes, newlines, tabs, right-to-left
 * script, combining marks, emoji, SQL, NUL, and long text. Every enumeration value appears in some variant.
 */
public final class RepairSamples {
    public static final String TRICKY = "Zoë O'Brien said \"never again\";\nLine two\t— مرحبا \u200F 株式会社 e\u0301"
            + " 🤝🏽\u0000 '; DROP TABLE incident; --";
    public static final String LONG = "A long account. ".repeat(20_000) + "🌉";
    public static final LocalDate DAY = LocalDate.of(2026, 3, 14);

    private RepairSamples() {
    }

    /** Every worksheet full; the lists hold a few dozen rows in all, like a real repair. */
    /**
     * {@link #full} as a workbook before version 5 could hold it: no commitment dropped by agreement, and no
     * incident of a kind version 8 added.
     */
    public static RepairCase fullBeforeVersion5(long relationshipId) {
        RepairCase full = full(relationshipId);
        Set<IncidentKind> fromVersion8 = EnumSet.of(IncidentKind.ANOTHER_CLIENT_PUT_FIRST, IncidentKind.INDIFFERENCE,
                IncidentKind.CONCEALMENT);
        return full.withActionPlan(new ActionPlan(full.actionPlan().commitments().stream()
                        .filter(c -> c.status() != CommitmentStatus.DROPPED_BY_AGREEMENT).toList()))
                .withUnderstanding(full.understanding().withIncidents(full.understanding().incidents().stream()
                        .filter(i -> !fromVersion8.contains(i.kind())).toList()));
    }

    public static RepairCase full(long relationshipId) {
        return new RepairCase(relationshipId, RepairStep.APOLOGISE, assessments().findFirst().orElseThrow(),
                understandings().findFirst().orElseThrow(), ownership(), preparations().findFirst().orElseThrow(),
                dialogue(), reconciliations().findFirst().orElseThrow(), actionPlan(),
                rebuildings().findFirst().orElseThrow());
    }

    /** The same repair later, with fewer entries in every list. */
    public static RepairCase smaller(long relationshipId) {
        RepairCase full = full(relationshipId);
        Preparation preparation = full.preparation();
        Apology apology = full.reconciliation().apology();
        Conversation firstTalk = full.dialogue().conversations().get(0);
        return full.withCurrentStep(RepairStep.REBUILD)
                .withUnderstanding(full.understanding().withIncidents(full.understanding().incidents().subList(0, 1)))
                .withPreparation(new Preparation(preparation.facts().subList(0, 1), preparation.theirLikelyView(),
                        preparation.theirInterests(), List.of(), preparation.apologyWarranted(), preparation.meeting()))
                .withDialogue(new Dialogue(List.of(new Conversation(firstTalk.date(), firstTalk.channel(),
                        firstTalk.participants().subList(0, 1), "", "", "", "", Optional.empty()))))
                .withReconciliation(new Reconciliation(new Apology(apology.draft(),
                        Set.of(ApologyComponent.REGRET), List.of(), apology.givenOn(), apology.channel(), ""),
                        full.reconciliation().forgiveness()))
                .withActionPlan(new ActionPlan(full.actionPlan().commitments().subList(2, 3)))
                .withRebuilding(new Rebuilding(List.of(), Optional.of(Outcome.LET_GO), ""));
    }

    /** A repair as a manager would fill it in: ordinary text, about sixty rows over the lists. */
    public static RepairCase realistic(long relationshipId) {
        List<Incident> incidents = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        List<Conversation> conversations = new ArrayList<>();
        List<Commitment> commitments = new ArrayList<>();
        List<TrustCheckIn> checkIns = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String sentence = "Item " + i + ": the spring delivery was nine days late and nobody called ahead.";
            incidents.add(Incident.of(DAY.plusDays(i), sentence, IncidentKind.values()[i]));
            facts.add(new Fact(sentence, "Shipping log " + i));
            messages.add(sentence);
            conversations.add(new Conversation(DAY.plusWeeks(i), Channel.MEETING, List.of("Priya", "Jürgen", "Aisha"),
                    sentence, sentence, sentence, sentence, Optional.of(Sentiment.POSITIVE)));
            commitments.add(Commitment.planned(sentence, "Priya", DAY.plusWeeks(i)).withMeasureOfSuccess(sentence));
            commitments.add(Commitment.planned(sentence, "Lars", DAY.plusWeeks(i + 1)).doneOn(DAY));
            checkIns.add(new TrustCheckIn(DAY.plusMonths(i), new TrustRatings(3, 3, 4), new TrustRatings(2, 3, 3),
                    sentence));
        }
        RepairCase full = full(relationshipId);
        return full.withAssessment(assessments().skip(2).findFirst().orElseThrow())
                .withUnderstanding(new Understanding(incidents, Optional.empty(), "Theirs", "Ours", "Root", true, "x"))
                .withOwnership(new Ownership("What we did", "What we change", "Priya"))
                .withPreparation(new Preparation(facts, "View", "Interests", messages, ApologyWarranted.YES,
                        MeetingPlan.none()))
                .withDialogue(new Dialogue(conversations))
                .withReconciliation(reconciliations().skip(2).findFirst().orElseThrow())
                .withActionPlan(new ActionPlan(commitments))
                .withRebuilding(new Rebuilding(checkIns, Optional.empty(), "Lessons"));
    }

    public static Stream<Assessment> assessments() {
        ValueRatings theyBringUs = new ValueRatings(Map.of(ValueDimension.REVENUE, 5, ValueDimension.STRATEGIC_VALUE, 4,
                ValueDimension.REFERRALS, 0, ValueDimension.REPUTATION, 3), Optional.of(new BigDecimal("1250000.50")));
        // Partly rated, and out of range: kept as given for the rules layer to report.
        ValueRatings weBringThem = new ValueRatings(Map.of(ValueDimension.STRATEGIC_VALUE, 7,
                ValueDimension.REPUTATION, -1), Optional.of(new BigDecimal("0.000001")));
        ValueRatings noRevenue = ValueRatings.none().with(ValueDimension.REFERRALS, 2);
        return Stream.of(
                new Assessment(theyBringUs, weBringThem, OptionalInt.of(4), OptionalInt.of(1), OptionalInt.of(5),
                        Optional.of(ManagerDecision.revisit(TRICKY, DAY))),
                new Assessment(weBringThem, noRevenue, OptionalInt.of(0), OptionalInt.empty(), OptionalInt.of(99),
                        Optional.of(ManagerDecision.of(Verdict.REPAIR, LONG))),
                new Assessment(noRevenue, theyBringUs.withAnnualRevenue(new BigDecimal("-98765432109876543210.0123")),
                        OptionalInt.empty(), OptionalInt.of(Integer.MIN_VALUE), OptionalInt.empty(),
                        Optional.of(new ManagerDecision(Verdict.LET_GO, "", Optional.of(LocalDate.of(9999, 12, 31))))));
    }

    public static Stream<Understanding> understandings() {
        List<Incident> incidents = Stream.of(IncidentKind.values())
                .map(kind -> Incident.of(DAY.minusDays(kind.ordinal() * 3L), kind + ": " + TRICKY, kind))
                .collect(Collectors.toList());
        incidents.add(new Incident(Optional.empty(), "", IncidentKind.OTHER));
        return Stream.of(
                new Understanding(incidents, Optional.of(BreachType.INTEGRITY), TRICKY, LONG, "No owner for the launch",
                        true, "Handover between teams\r\nhas no checklist"),
                new Understanding(incidents.subList(0, 2), Optional.of(BreachType.COMPETENCE), "", "ours", TRICKY,
                        false, ""),
                new Understanding(List.of(), Optional.empty(), "theirs", "", "", true, ""));
    }

    static Ownership ownership() {
        return new Ownership(TRICKY, LONG, "Priya Raman (Head of Delivery) 👩🏽‍💼");
    }

    public static Stream<Preparation> preparations() {
        List<Fact> facts = List.of(new Fact("Delivery was 9 days late", "Shipping log, 2026-03-14"),
                new Fact(TRICKY, ""), new Fact("", "e-mail from Jürgen"), new Fact("Same fact twice", "a"),
                new Fact("Same fact twice", "a"));
        List<String> messages = List.of("We own the delay", "", TRICKY, "We own the delay", LONG);
        return Stream.of(
                new Preparation(facts, TRICKY, LONG, messages, ApologyWarranted.YES,
                        new MeetingPlan("Priya, Jürgen\nand Aisha", Optional.of(DAY), Optional.of(Channel.VIDEO_CALL))),
                new Preparation(facts.subList(0, 1), "", "interests", List.of("only one"), ApologyWarranted.NO,
                        new MeetingPlan("", Optional.empty(), Optional.of(Channel.EMAIL))),
                new Preparation(List.of(), "view", "", List.of(), ApologyWarranted.UNDECIDED,
                        new MeetingPlan("just who", Optional.of(DAY.plusDays(1)), Optional.empty())));
    }

    /** One conversation per channel and per sentiment, not in date order. */
    static Dialogue dialogue() {
        List<Conversation> conversations = new ArrayList<>();
        Channel[] channels = Channel.values();
        for (int i = 0; i < channels.length; i++) {
            conversations.add(new Conversation(DAY.minusDays(i * 7L - 10), channels[i],
                    List.of("Priya Raman", "Jürgen Weiß", "Name with\nnewline", "", "🤝 Zoë"),
                    TRICKY + i, "A credit note\nand a named contact", LONG, "Weekly call, Thursdays 10:00",
                    Optional.of(Sentiment.values()[i])));
        }
        conversations.add(new Conversation(DAY, Channel.OTHER, List.of(), "", "", "", "", Optional.empty()));
        conversations.add(new Conversation(DAY, Channel.PHONE, List.of("Only one"), "", "", "", "",
                Optional.of(Sentiment.NEUTRAL)));
        return new Dialogue(conversations);
    }

    public static Stream<Reconciliation> reconciliations() {
        Forgiveness forgiveness = new Forgiveness(TRICKY, LONG);
        return Stream.of(
                new Reconciliation(new Apology(TRICKY, EnumSet.allOf(ApologyComponent.class),
                        List.of(new RepairOffer("A 10% credit on the next order"), new RepairOffer(""),
                                new RepairOffer(TRICKY), new RepairOffer("A 10% credit on the next order")),
                        Optional.of(DAY), Optional.of(Channel.MEETING), "They accepted\nwith reservations"), forgiveness),
                new Reconciliation(new Apology(LONG, EnumSet.of(ApologyComponent.OFFER_OF_REPAIR,
                        ApologyComponent.ACKNOWLEDGEMENT_OF_RESPONSIBILITY), List.of(), Optional.empty(),
                        Optional.of(Channel.EMAIL), ""), new Forgiveness("", "move on")),
                new Reconciliation(new Apology("draft only", Set.of(), List.of(new RepairOffer("offer")),
                        Optional.of(DAY), Optional.empty(), "none yet"), new Forgiveness("forgive", "")));
    }

    /** Every status and every kind, some without due date, kind or completion date. */
    static ActionPlan actionPlan() {
        List<Commitment> commitments = new ArrayList<>();
        CommitmentStatus[] statuses = CommitmentStatus.values();
        CommitmentKind[] kinds = CommitmentKind.values();
        for (int i = 0; i < Math.max(statuses.length, kinds.length); i++) {
            CommitmentStatus status = statuses[i % statuses.length];
            commitments.add(new Commitment("Action " + i + ": " + TRICKY, "Owner " + i, Optional.of(DAY.plusWeeks(i)),
                    "Measured by\n" + i, status,
                    status == CommitmentStatus.DONE ? Optional.of(DAY.plusDays(i)) : Optional.empty(),
                    i == 0 ? LONG : "evidence " + i, i % 2 == 0, Optional.of(kinds[i % kinds.length])));
        }
        commitments.add(new Commitment("", "", Optional.empty(), "", CommitmentStatus.PLANNED, Optional.empty(), "",
                false, Optional.empty()));
        commitments.add(Commitment.planned("Done, date not recorded", "Lars", null).doneOn(null));
        return new ActionPlan(commitments);
    }

    public static Stream<Rebuilding> rebuildings() {
        List<TrustCheckIn> checkIns = List.of(
                new TrustCheckIn(DAY.plusMonths(2), new TrustRatings(3, 4, 5), new TrustRatings(1, 2, 3), TRICKY),
                new TrustCheckIn(DAY.plusMonths(1), new TrustRatings(0, 6, -3),
                        new TrustRatings(Integer.MAX_VALUE, Integer.MIN_VALUE, 5), ""),
                new TrustCheckIn(DAY.plusMonths(1), new TrustRatings(2, 2, 2), new TrustRatings(2, 2, 2), LONG));
        return Stream.of(
                new Rebuilding(checkIns, Optional.of(Outcome.STRONGER_THAN_BEFORE), TRICKY),
                new Rebuilding(checkIns.subList(0, 1), Optional.of(Outcome.RESTORED), LONG),
                new Rebuilding(checkIns.subList(1, 2), Optional.of(Outcome.LET_GO), ""),
                new Rebuilding(List.of(), Optional.empty(), "lessons, no outcome yet"));
    }
}
