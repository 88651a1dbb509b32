package org.bridgework.store;

/** {@link RepairCaseRoundTripTest}'s tests against a team workbook on a real PostgreSQL server. */
class TeamRepairCaseRoundTripTest extends RepairCaseRoundTripTest {
    @Override
    Kind kind() {
        return Kind.TEAM;
    }
}
