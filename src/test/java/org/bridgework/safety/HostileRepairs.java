package org.bridgework.safety;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
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
 * A repair with given text in every text field of every worksheet and in every list (two entries each, two
 * participants per conversation): {@link #TEXT_FIELDS} texts, used in a fixed order, so the same texts always
 * land in the same fields.
 */
final class HostileRepairs {
    /** How many texts {@link #fill} takes. */
    static final int TEXT_FIELDS = 48;
    private static final LocalDate DAY = LocalDate.of(2026, 3, 14);

    private HostileRepairs() {
    }

    static RepairCase fill(long relationshipId, List<String> texts) {
        if (texts.size() != TEXT_FIELDS) {
            throw new IllegalArgumentException("needs " + TEXT_FIELDS + " texts, not " + texts.size());
        }
        Iterator<String> t = texts.iterator();
        Assessment assessment = new Assessment(new ValueRatings(Map.of(ValueDimension.REVENUE, 4), Optional.empty()),
                ValueRatings.none(), OptionalInt.of(2), OptionalInt.empty(), OptionalInt.of(5),
                Optional.of(new ManagerDecision(Verdict.REVISIT, t.next(), Optional.of(DAY))));
        Understanding understanding = new Understanding(
                List.of(Incident.of(DAY, t.next(), IncidentKind.MISSED_DEADLINE), Incident.of(null, t.next(), IncidentKind.OTHER)),
                Optional.of(BreachType.INTEGRITY), t.next(), t.next(), t.next(), true, t.next());
        Ownership ownership = new Ownership(t.next(), t.next(), t.next());
        Preparation preparation = new Preparation(List.of(new Fact(t.next(), t.next()), new Fact(t.next(), t.next())),
                t.next(), t.next(), List.of(t.next(), t.next()), ApologyWarranted.YES,
                new MeetingPlan(t.next(), Optional.of(DAY), Optional.of(Channel.MEETING)));
        Dialogue dialogue = new Dialogue(List.of(conversation(t, Channel.PHONE), conversation(t, Channel.EMAIL)));
        Apology apology = new Apology(t.next(), EnumSet.of(ApologyComponent.REGRET, ApologyComponent.OFFER_OF_REPAIR),
                List.of(new RepairOffer(t.next()), new RepairOffer(t.next())), Optional.of(DAY),
                Optional.of(Channel.VIDEO_CALL), t.next());
        Reconciliation reconciliation = new Reconciliation(apology, new Forgiveness(t.next(), t.next()));
        ActionPlan actionPlan = new ActionPlan(List.of(commitment(t, CommitmentStatus.DONE), commitment(t,
                CommitmentStatus.PLANNED)));
        Rebuilding rebuilding = new Rebuilding(List.of(checkIn(t), checkIn(t)), Optional.of(Outcome.RESTORED), t.next());
        return new RepairCase(relationshipId, RepairStep.REBUILD, assessment, understanding, ownership, preparation,
                dialogue, reconciliation, actionPlan, rebuilding);
    }

    private static Conversation conversation(Iterator<String> t, Channel channel) {
        return new Conversation(DAY, channel, List.of(t.next(), t.next()), t.next(), t.next(), t.next(), t.next(),
                Optional.of(Sentiment.NEUTRAL));
    }

    private static Commitment commitment(Iterator<String> t, CommitmentStatus status) {
        return new Commitment(t.next(), t.next(), Optional.of(DAY), t.next(), status,
                status == CommitmentStatus.DONE ? Optional.of(DAY) : Optional.empty(), t.next(), true,
                Optional.of(CommitmentKind.CHECK_IN));
    }

    private static TrustCheckIn checkIn(Iterator<String> t) {
        return new TrustCheckIn(DAY, new TrustRatings(3, 4, 5), new TrustRatings(2, 3, 4), t.next());
    }
}
