package org.bridgework.fields;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bridgework.model.repair.ActionPlan;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.CommitmentKind;
import org.bridgework.model.repair.CommitmentStatus;

/** Step 7, act: {@link ActionPlan}, our commitments. */
public final class ActFields {
    public static final Field<Commitment, String> WHAT = Field.text("what", Commitment::what);
    public static final Field<Commitment, String> OWNER = Field.text("owner", Commitment::owner);
    public static final Field<Commitment, Optional<LocalDate>> DUE = Field.date("due", Commitment::due).column("due_on");
    public static final Field<Commitment, String> MEASURE_OF_SUCCESS = Field.text("measureOfSuccess",
            Commitment::measureOfSuccess);
    public static final Field<Commitment, CommitmentStatus> STATUS = Field.word("status", CommitmentStatus.class,
            Commitment::status);
    public static final Field<Commitment, Optional<LocalDate>> COMPLETED_ON = Field.date("completedOn",
            Commitment::completedOn);
    public static final Field<Commitment, String> EVIDENCE = Field.text("evidence", Commitment::evidence);
    public static final Field<Commitment, Boolean> BEYOND_WHAT_WAS_ASKED = Field.flag("beyondWhatWasAsked",
            Commitment::beyondWhatWasAsked);
    public static final Field<Commitment, Optional<CommitmentKind>> KIND = Field.choice("kind", CommitmentKind.class,
            Commitment::kind);
    public static final Sheet<Commitment> COMMITMENT = Sheet.of(null,
            v -> new Commitment(v.get(WHAT), v.get(OWNER), v.get(DUE), v.get(MEASURE_OF_SUCCESS), v.get(STATUS),
                    v.get(COMPLETED_ON), v.get(EVIDENCE), v.get(BEYOND_WHAT_WAS_ASKED), v.get(KIND)),
            WHAT, OWNER, DUE, MEASURE_OF_SUCCESS, STATUS, COMPLETED_ON, EVIDENCE, BEYOND_WHAT_WAS_ASKED, KIND);

    /** The workbook keeps them in the {@code commitment} table. */
    public static final Field<ActionPlan, List<Commitment>> COMMITMENTS = Field.list("commitments", COMMITMENT,
            ActionPlan::commitments);
    public static final Sheet<ActionPlan> SHEET = Sheet.of(ActionPlan.empty(), v -> new ActionPlan(v.get(COMMITMENTS)),
            COMMITMENTS);

    private ActFields() {
    }
}
