package org.bridgework.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.bridgework.example.ExampleCase;
import org.bridgework.model.repair.ActionPlan;
import org.bridgework.model.repair.Channel;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.CommitmentStatus;
import org.bridgework.model.repair.Conversation;
import org.bridgework.model.repair.Dialogue;
import org.bridgework.model.repair.Incident;
import org.bridgework.model.repair.IncidentKind;
import org.bridgework.model.repair.Rebuilding;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.model.repair.TrustCheckIn;
import org.bridgework.model.repair.TrustRatings;
import org.bridgework.model.timeline.StepMilestone;

/**
 * Repairs with random dated lists, for checking what is read or shown of a timeline against the whole.
 * Dates fall within a few months of {@code today}, so many share a day; some entries have no date, and
 * some commitments carry a completion date without being done.
 */
public final class RandomRepairs {
    private RandomRepairs() {
    }

    /** The example's worksheets (apology, meeting, decision…) with random incidents, talks, commitments and check-ins. */
    public static RepairCase repair(long relationshipId, long seed, LocalDate today) {
        Random random = new Random(seed);
        RepairCase base = ExampleCase.build(today).repairCase().withRelationshipId(relationshipId);
        List<Incident> incidents = new ArrayList<>();
        for (int i = random.nextInt(6); i > 0; i--) {
            Optional<LocalDate> date = random.nextInt(4) == 0 ? Optional.empty() : Optional.of(day(random, today));
            incidents.add(new Incident(date, "Incident " + i, IncidentKind.values()[random.nextInt(IncidentKind.values().length)]));
        }
        List<Conversation> talks = new ArrayList<>();
        for (int i = random.nextInt(40); i > 0; i--) {
            Conversation talk = Conversation.on(day(random, today), Channel.values()[random.nextInt(Channel.values().length)]);
            List<String> names = random.nextBoolean() ? List.of("Nadia " + i, "Tom") : List.of();
            talks.add(new Conversation(talk.date(), talk.channel(), names, "", "Talk " + i, "", "", Optional.empty()));
        }
        List<Commitment> commitments = new ArrayList<>();
        for (int i = random.nextInt(60); i > 0; i--) {
            Commitment c = Commitment.planned("Commitment " + i, "Owner", random.nextInt(8) == 0 ? null : day(random, today));
            CommitmentStatus status = CommitmentStatus.values()[random.nextInt(CommitmentStatus.values().length)];
            c = status == CommitmentStatus.DONE ? c.doneOn(random.nextInt(6) == 0 ? null : day(random, today))
                    : c.withStatus(status);
            if (status != CommitmentStatus.DONE && random.nextInt(5) == 0) {
                // A completion date left behind on a commitment no longer done: not on the timeline.
                c = c.doneOn(day(random, today)).withStatus(status);
            }
            commitments.add(c);
        }
        List<TrustCheckIn> checkIns = new ArrayList<>();
        for (int i = random.nextInt(15); i > 0; i--) {
            checkIns.add(new TrustCheckIn(day(random, today), ratings(random), ratings(random), "Check-in " + i));
        }
        return base.withUnderstanding(base.understanding().withIncidents(incidents))
                .withDialogue(new Dialogue(talks))
                .withActionPlan(new ActionPlan(commitments))
                .withRebuilding(new Rebuilding(checkIns, base.rebuilding().outcome(), base.rebuilding().lessonsLearned()));
    }

    /** A few steps reached on random days. */
    public static List<StepMilestone> milestones(long seed, LocalDate today) {
        Random random = new Random(seed ^ 0x5DEECE66DL);
        List<StepMilestone> milestones = new ArrayList<>();
        for (RepairStep step : RepairStep.values()) {
            if (random.nextBoolean()) {
                milestones.add(new StepMilestone(step, day(random, today)));
            }
        }
        return milestones;
    }

    /** A day within about three months either side of {@code today}. */
    public static LocalDate day(Random random, LocalDate today) {
        return today.plusDays(random.nextInt(181) - 90);
    }

    private static TrustRatings ratings(Random random) {
        return new TrustRatings(1 + random.nextInt(5), 1 + random.nextInt(5), 1 + random.nextInt(5));
    }
}
