package org.bridgework.fields;

import org.bridgework.model.repair.ActionPlan;
import org.bridgework.model.repair.Assessment;
import org.bridgework.model.repair.Dialogue;
import org.bridgework.model.repair.Ownership;
import org.bridgework.model.repair.Preparation;
import org.bridgework.model.repair.Rebuilding;
import org.bridgework.model.repair.Reconciliation;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.model.repair.Understanding;

/**
 * The whole repair: the step last shown and the eight worksheets, each described in its step's class. Its
 * relationship is not a field: the export nests the repair in its relationship, the workbook keys rows by it.
 */
public final class RepairFields {
    public static final Field<RepairCase, RepairStep> CURRENT_STEP = Field.word("currentStep", RepairStep.class,
            RepairCase::currentStep).orElse(RepairStep.ASSESS);
    public static final Field<RepairCase, Assessment> ASSESSMENT = Field.sheet("assessment", AssessFields.SHEET,
            RepairCase::assessment);
    public static final Field<RepairCase, Understanding> UNDERSTANDING = Field.sheet("understanding",
            UnderstandFields.SHEET, RepairCase::understanding);
    public static final Field<RepairCase, Ownership> OWNERSHIP = Field.sheet("ownership", OwnFields.SHEET,
            RepairCase::ownership);
    public static final Field<RepairCase, Preparation> PREPARATION = Field.sheet("preparation", PrepareFields.SHEET,
            RepairCase::preparation);
    public static final Field<RepairCase, Dialogue> DIALOGUE = Field.sheet("dialogue", TalkFields.SHEET,
            RepairCase::dialogue);
    public static final Field<RepairCase, Reconciliation> RECONCILIATION = Field.sheet("reconciliation",
            ApologiseFields.SHEET, RepairCase::reconciliation);
    public static final Field<RepairCase, ActionPlan> ACTION_PLAN = Field.sheet("actionPlan", ActFields.SHEET,
            RepairCase::actionPlan);
    public static final Field<RepairCase, Rebuilding> REBUILDING = Field.sheet("rebuilding", RebuildFields.SHEET,
            RepairCase::rebuilding);
    public static final Sheet<RepairCase> SHEET = Sheet.of(RepairCase.start(0),
            v -> new RepairCase(0, v.get(CURRENT_STEP), v.get(ASSESSMENT), v.get(UNDERSTANDING), v.get(OWNERSHIP),
                    v.get(PREPARATION), v.get(DIALOGUE), v.get(RECONCILIATION), v.get(ACTION_PLAN), v.get(REBUILDING)),
            CURRENT_STEP, ASSESSMENT, UNDERSTANDING, OWNERSHIP, PREPARATION, DIALOGUE, RECONCILIATION, ACTION_PLAN,
            REBUILDING);

    private RepairFields() {
    }
}
