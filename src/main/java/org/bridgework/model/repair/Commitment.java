package org.bridgework.model.repair;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A measurable action we promised. Fields may be incomplete while being typed;
 * {@link CommitmentRules#problems(Commitment)} says what is missing.
 *
 * @param what               the action
 * @param owner              who on our side delivers it
 * @param due                when it is due
 * @param measureOfSuccess   how they will see it was done
 * @param status             where it stands
 * @param completedOn        when it was done; meant for {@link CommitmentStatus#DONE}
 * @param evidence           what shows it was done
 * @param beyondWhatWasAsked whether it goes further than they asked for
 * @param kind               what sort of action it is, once chosen
 */
public record Commitment(String what, String owner, Optional<LocalDate> due, String measureOfSuccess,
                         CommitmentStatus status, Optional<LocalDate> completedOn, String evidence,
                         boolean beyondWhatWasAsked, Optional<CommitmentKind> kind) {

    public Commitment {
        what = Texts.orEmpty(what);
        owner = Texts.orEmpty(owner);
        due = Objects.requireNonNullElse(due, Optional.empty());
        measureOfSuccess = Texts.orEmpty(measureOfSuccess);
        status = Objects.requireNonNullElse(status, CommitmentStatus.PLANNED);
        completedOn = Objects.requireNonNullElse(completedOn, Optional.empty());
        evidence = Texts.orEmpty(evidence);
        kind = Objects.requireNonNullElse(kind, Optional.empty());
    }

    /** A planned commitment with what, owner and due date; the rest is filled in later. */
    public static Commitment planned(String what, String owner, LocalDate due) {
        return new Commitment(what, owner, Optional.ofNullable(due), "", CommitmentStatus.PLANNED, Optional.empty(),
                "", false, Optional.empty());
    }

    public Commitment withMeasureOfSuccess(String measure) {
        return new Commitment(what, owner, due, measure, status, completedOn, evidence, beyondWhatWasAsked, kind);
    }

    public Commitment withStatus(CommitmentStatus newStatus) {
        return new Commitment(what, owner, due, measureOfSuccess, newStatus, completedOn, evidence, beyondWhatWasAsked,
                kind);
    }

    public Commitment withKind(CommitmentKind newKind) {
        return new Commitment(what, owner, due, measureOfSuccess, status, completedOn, evidence, beyondWhatWasAsked,
                Optional.ofNullable(newKind));
    }

    /** Marked done on a date (null: done, date not recorded). */
    public Commitment doneOn(LocalDate date) {
        return new Commitment(what, owner, due, measureOfSuccess, CommitmentStatus.DONE, Optional.ofNullable(date),
                evidence, beyondWhatWasAsked, kind);
    }
}
