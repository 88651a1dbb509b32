package org.bridgework.model.repair;

import java.util.Objects;

/**
 * The repair of one relationship: the eight worksheets and the step last shown.
 * The step last shown is view state (where the wizard reopens), never a measure of progress: the stage the
 * repair has reached is {@link #stage()}, worked out from what is complete.
 *
 * @param relationshipId the {@link org.bridgework.model.Relationship#id()} this repair belongs to
 * @param currentStep    the step last shown: the wizard reopens there; browsing changes it, nothing else
 */
public record RepairCase(long relationshipId, RepairStep currentStep, Assessment assessment,
                         Understanding understanding, Ownership ownership, Preparation preparation, Dialogue dialogue,
                         Reconciliation reconciliation, ActionPlan actionPlan, Rebuilding rebuilding) {

    public RepairCase {
        currentStep = Objects.requireNonNullElse(currentStep, RepairStep.ASSESS);
        assessment = Objects.requireNonNullElse(assessment, Assessment.empty());
        understanding = Objects.requireNonNullElse(understanding, Understanding.empty());
        ownership = Objects.requireNonNullElse(ownership, Ownership.empty());
        preparation = Objects.requireNonNullElse(preparation, Preparation.empty());
        dialogue = Objects.requireNonNullElse(dialogue, Dialogue.empty());
        reconciliation = Objects.requireNonNullElse(reconciliation, Reconciliation.empty());
        actionPlan = Objects.requireNonNullElse(actionPlan, ActionPlan.empty());
        rebuilding = Objects.requireNonNullElse(rebuilding, Rebuilding.empty());
    }

    /** A new repair at the first step, every worksheet blank. */
    public static RepairCase start(long relationshipId) {
        return new RepairCase(relationshipId, RepairStep.ASSESS, null, null, null, null, null, null, null, null);
    }

    /** The stage the repair has reached ({@link RepairStage}): what the portfolio, the plan and the Trash show. */
    public RepairStep stage() {
        return RepairStage.of(this);
    }

    /** The same repair for another relationship (e.g. once the relationship it belongs to is stored). */
    public RepairCase withRelationshipId(long id) {
        return new RepairCase(id, currentStep, assessment, understanding, ownership, preparation, dialogue,
                reconciliation, actionPlan, rebuilding);
    }

    public RepairCase withCurrentStep(RepairStep step) {
        return new RepairCase(relationshipId, step, assessment, understanding, ownership, preparation, dialogue,
                reconciliation, actionPlan, rebuilding);
    }

    public RepairCase withAssessment(Assessment a) {
        return new RepairCase(relationshipId, currentStep, a, understanding, ownership, preparation, dialogue,
                reconciliation, actionPlan, rebuilding);
    }

    public RepairCase withUnderstanding(Understanding u) {
        return new RepairCase(relationshipId, currentStep, assessment, u, ownership, preparation, dialogue,
                reconciliation, actionPlan, rebuilding);
    }

    public RepairCase withOwnership(Ownership o) {
        return new RepairCase(relationshipId, currentStep, assessment, understanding, o, preparation, dialogue,
                reconciliation, actionPlan, rebuilding);
    }

    public RepairCase withPreparation(Preparation p) {
        return new RepairCase(relationshipId, currentStep, assessment, understanding, ownership, p, dialogue,
                reconciliation, actionPlan, rebuilding);
    }

    public RepairCase withDialogue(Dialogue d) {
        return new RepairCase(relationshipId, currentStep, assessment, understanding, ownership, preparation, d,
                reconciliation, actionPlan, rebuilding);
    }

    public RepairCase withReconciliation(Reconciliation r) {
        return new RepairCase(relationshipId, currentStep, assessment, understanding, ownership, preparation, dialogue,
                r, actionPlan, rebuilding);
    }

    public RepairCase withActionPlan(ActionPlan a) {
        return new RepairCase(relationshipId, currentStep, assessment, understanding, ownership, preparation, dialogue,
                reconciliation, a, rebuilding);
    }

    public RepairCase withRebuilding(Rebuilding r) {
        return new RepairCase(relationshipId, currentStep, assessment, understanding, ownership, preparation, dialogue,
                reconciliation, actionPlan, r);
    }
}
