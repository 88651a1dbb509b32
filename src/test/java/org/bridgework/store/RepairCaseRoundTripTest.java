package org.bridgework.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.Assessment;
import org.bridgework.model.repair.Preparation;
import org.bridgework.model.repair.Rebuilding;
import org.bridgework.model.repair.Reconciliation;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.model.repair.Understanding;
import org.bridgework.model.repair.ValueRatings;
import org.bridgework.testing.FixedClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Each worksheet, saved, the workbook closed and reopened, then loaded: exactly what was saved comes back. */
class RepairCaseRoundTripTest extends StoreContract {
    private WorkbookStore workbook;
    private long relationshipId;

    @BeforeEach
    void open() throws Exception {
        workbook = openStore(FixedClock.now());
        relationshipId = workbook.relationships().create(Relationship.draft("Harbour & Sons", FixedClock.NOW)).id();
    }

    @AfterEach
    void close() {
        workbook.close();
    }

    @ParameterizedTest
    @EnumSource(RepairStep.class)
    void theCurrentStep(RepairStep step) throws Exception {
        assertRoundTrips(RepairCase.start(relationshipId).withCurrentStep(step));
    }

    @Test
    void aRepairWithEveryWorksheetBlank() throws Exception {
        assertRoundTrips(RepairCase.start(relationshipId).withCurrentStep(RepairStep.OWN));
    }

    @Test
    void aRepairWithEveryWorksheetFull() throws Exception {
        assertRoundTrips(RepairSamples.full(relationshipId));
    }

    @ParameterizedTest
    @MethodSource("org.bridgework.store.RepairSamples#assessments")
    void assessment(Assessment assessment) throws Exception {
        assertRoundTrips(RepairCase.start(relationshipId).withAssessment(assessment));
    }

    @ParameterizedTest
    @MethodSource("org.bridgework.store.RepairSamples#understandings")
    void understanding(Understanding understanding) throws Exception {
        assertRoundTrips(RepairCase.start(relationshipId).withUnderstanding(understanding));
    }

    @Test
    void ownership() throws Exception {
        assertRoundTrips(RepairCase.start(relationshipId).withOwnership(RepairSamples.ownership()));
    }

    @ParameterizedTest
    @MethodSource("org.bridgework.store.RepairSamples#preparations")
    void preparation(Preparation preparation) throws Exception {
        assertRoundTrips(RepairCase.start(relationshipId).withPreparation(preparation));
    }

    @Test
    void dialogue() throws Exception {
        assertRoundTrips(RepairCase.start(relationshipId).withDialogue(RepairSamples.dialogue()));
    }

    @ParameterizedTest
    @MethodSource("org.bridgework.store.RepairSamples#reconciliations")
    void reconciliation(Reconciliation reconciliation) throws Exception {
        assertRoundTrips(RepairCase.start(relationshipId).withReconciliation(reconciliation));
    }

    @Test
    void actionPlan() throws Exception {
        assertRoundTrips(RepairCase.start(relationshipId).withActionPlan(RepairSamples.actionPlan()));
    }

    @ParameterizedTest
    @MethodSource("org.bridgework.store.RepairSamples#rebuildings")
    void rebuilding(Rebuilding rebuilding) throws Exception {
        assertRoundTrips(RepairCase.start(relationshipId).withRebuilding(rebuilding));
    }

    @Test
    void anAmountWithAnExponentIsStoredAsItsPlainNumber() throws Exception {
        ValueRatings thousand = ValueRatings.none().withAnnualRevenue(new BigDecimal("1E+3"));
        workbook.repairCases().save(RepairCase.start(relationshipId).withAssessment(
                Assessment.empty().withTheyBringUs(thousand)));
        Optional<BigDecimal> read = workbook.repairCases().load(relationshipId).assessment().theyBringUs()
                .annualRevenue();
        assertEquals(Optional.of(new BigDecimal("1000")), read, "the same amount, scale 0 rather than -3");
    }

    /** Every variant of every worksheet at once, so no two worksheets' columns can be swapped unnoticed. */
    @Test
    void eachVariantInAFullRepair() throws Exception {
        RepairCase full = RepairSamples.full(relationshipId);
        Stream.of(RepairSamples.assessments().skip(1).map(full::withAssessment),
                        RepairSamples.understandings().skip(1).map(full::withUnderstanding),
                        RepairSamples.preparations().skip(1).map(full::withPreparation),
                        RepairSamples.reconciliations().skip(1).map(full::withReconciliation),
                        RepairSamples.rebuildings().skip(1).map(full::withRebuilding))
                .flatMap(s -> s)
                .forEach(variant -> {
                    workbook.repairCases().save(variant);
                    assertEquals(variant, workbook.repairCases().load(relationshipId));
                });
    }

    private void assertRoundTrips(RepairCase repair) throws Exception {
        workbook.repairCases().save(repair);
        workbook.close();
        workbook = openStore(FixedClock.now());
        assertEquals(repair, workbook.repairCases().load(relationshipId));
    }
}
