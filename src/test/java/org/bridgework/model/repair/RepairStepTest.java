package org.bridgework.model.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RepairStepTest {

    @Test
    void stepsAreInWizardOrderAndNumberedFromOne() {
        assertEquals(List.of("ASSESS", "UNDERSTAND", "OWN", "PREPARE", "TALK", "APOLOGISE", "ACT", "REBUILD"),
                Arrays.stream(RepairStep.values()).map(Enum::name).toList());
        assertEquals(1, RepairStep.ASSESS.number());
        assertEquals(5, RepairStep.TALK.number());
        assertEquals(8, RepairStep.REBUILD.number());
    }

    @Test
    void nextAndPreviousWalkTheSteps() {
        assertEquals(Optional.of(RepairStep.UNDERSTAND), RepairStep.ASSESS.next());
        assertEquals(Optional.of(RepairStep.REBUILD), RepairStep.ACT.next());
        assertEquals(Optional.of(RepairStep.ACT), RepairStep.REBUILD.previous());
        assertEquals(Optional.of(RepairStep.ASSESS), RepairStep.UNDERSTAND.previous());
    }

    @Test
    void thereIsNothingBeforeTheFirstOrAfterTheLast() {
        assertEquals(Optional.empty(), RepairStep.ASSESS.previous());
        assertEquals(Optional.empty(), RepairStep.REBUILD.next());
    }

    @Test
    void nextThenPreviousIsTheSameStep() {
        for (RepairStep step : RepairStep.values()) {
            step.next().ifPresent(n -> assertEquals(Optional.of(step), n.previous()));
        }
    }

    @Test
    void ofNumberIsTheInverseOfNumberAndRejectsOutsideOneToEight() {
        for (RepairStep step : RepairStep.values()) {
            assertEquals(Optional.of(step), RepairStep.ofNumber(step.number()));
        }
        assertEquals(Optional.empty(), RepairStep.ofNumber(0));
        assertEquals(Optional.empty(), RepairStep.ofNumber(9));
    }
}
