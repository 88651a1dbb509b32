package org.bridgework.model.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.bridgework.model.repair.Apology;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.CommitmentRules;
import org.bridgework.model.repair.CommitmentStatus;
import org.bridgework.model.repair.Conversation;
import org.bridgework.model.repair.CountingEntries;
import org.bridgework.model.repair.Incident;
import org.bridgework.model.repair.ManagerDecision;
import org.bridgework.model.repair.OfferCommitments;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.model.repair.TrustCheckIn;
import org.bridgework.model.repair.TrustRules;

/**
 * Builds the timeline of a repair: every dated item from the worksheets, in date order.
 *
 * <ul>
 *   <li>incidents with a date; undated ones have no place in time and are left out;</li>
 *   <li>the planned meeting (Prepare), and each conversation;</li>
 *   <li>the apology on the day it was given, with their response as its detail;</li>
 *   <li>each commitment once, on its due date, with its status today (overdue derived, done included); a
 *       done commitment without a due date on the day it was done. One with no "what" yet is left out;</li>
 *   <li>trust check-ins with all six ratings, with their overall score (a new, blank one is left out until
 *       rated: {@link CountingEntries});</li>
 *   <li>the day each step was first complete (the Assess milestone is the decision), and a decision to
 *       revisit on its revisit date.</li>
 * </ul>
 * Items of one day keep the order of {@link ItemKind}, then the order of their worksheet list.
 */
public final class TimelineAssembler {
    private static final Comparator<TimelineItem> ORDER = Comparator.comparing(TimelineItem::date)
            .thenComparing(TimelineItem::kind).thenComparingInt(TimelineItem::index);

    private TimelineAssembler() {
    }

    public static List<TimelineItem> assemble(RepairCase repair, List<StepMilestone> milestones, LocalDate today) {
        List<TimelineItem> items = new ArrayList<>();
        incidents(repair, items);
        decision(repair, items);
        milestones.forEach(m -> items.add(TimelineItem.of(m.reachedOn(), m.step() == RepairStep.ASSESS
                ? ItemKind.DECISION : ItemKind.MILESTONE, "", "", m.step(), m.step().ordinal())));
        repair.preparation().meeting().when().ifPresent(when -> items.add(TimelineItem.of(when, ItemKind.MEETING_PLANNED,
                repair.preparation().meeting().who(), "", RepairStep.PREPARE, -1)));
        conversations(repair, items);
        apology(repair.reconciliation().apology(), items);
        commitments(repair, today, items);
        checkIns(repair, items);
        items.sort(ORDER);
        return items;
    }

    private static void incidents(RepairCase repair, List<TimelineItem> items) {
        List<Incident> incidents = repair.understanding().incidents();
        for (int i = 0; i < incidents.size(); i++) {
            Incident incident = incidents.get(i);
            int index = i;
            incident.date().ifPresent(date -> items.add(TimelineItem.of(date, ItemKind.INCIDENT, incident.description(),
                    incident.kind().name(), RepairStep.UNDERSTAND, index)));
        }
    }

    private static void decision(RepairCase repair, List<TimelineItem> items) {
        Optional<ManagerDecision> decision = repair.assessment().decision();
        decision.flatMap(ManagerDecision::revisitOn).ifPresent(on -> items.add(TimelineItem.of(on, ItemKind.DECISION,
                decision.get().reason(), decision.get().verdict().name(), RepairStep.ASSESS, -1)));
    }

    private static void conversations(RepairCase repair, List<TimelineItem> items) {
        List<Conversation> talks = repair.dialogue().conversations();
        for (int i = 0; i < talks.size(); i++) {
            Conversation talk = talks.get(i);
            items.add(TimelineItem.of(talk.date(), ItemKind.CONVERSATION, String.join(", ", talk.participants()),
                    talk.agreedNextSteps().isBlank() ? talk.whatTheyWantNow() : talk.agreedNextSteps(), RepairStep.TALK, i));
        }
    }

    private static void apology(Apology apology, List<TimelineItem> items) {
        apology.givenOn().ifPresent(on -> items.add(TimelineItem.of(on, ItemKind.APOLOGY,
                apology.channel().map(Enum::name).orElse(""), apology.theirResponse(), RepairStep.APOLOGISE, -1)));
    }

    private static void commitments(RepairCase repair, LocalDate today, List<TimelineItem> items) {
        List<Commitment> commitments = repair.actionPlan().commitments();
        for (int i = 0; i < commitments.size(); i++) {
            Commitment c = commitments.get(i);
            Optional<org.bridgework.model.repair.DisplayStatus> status = Optional.of(
                    OfferCommitments.displayStatus(c, repair.reconciliation().apology().offers(), today));
            int index = i;
            Optional<LocalDate> day = c.due().or(() -> c.status() == CommitmentStatus.DONE ? c.completedOn() : Optional.empty());
            if (CountingEntries.saysWhat(c)) {
                day.ifPresent(on -> items.add(new TimelineItem(on, ItemKind.COMMITMENT_DUE, c.what(), c.owner(),
                        status, RepairStep.ACT, index, OptionalDouble.empty())));
            }
        }
    }

    private static void checkIns(RepairCase repair, List<TimelineItem> items) {
        List<TrustCheckIn> checkIns = repair.rebuilding().checkIns();
        for (int i = 0; i < checkIns.size(); i++) {
            TrustCheckIn checkIn = checkIns.get(i);
            if (!CountingEntries.counts(checkIn)) {
                continue;
            }
            items.add(new TimelineItem(checkIn.date(), ItemKind.CHECK_IN, checkIn.note(), "", Optional.empty(),
                    RepairStep.REBUILD, i, TrustRules.score(checkIn, TrustRules.LEADS)));
        }
    }
}
