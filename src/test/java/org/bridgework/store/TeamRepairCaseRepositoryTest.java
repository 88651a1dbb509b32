package org.bridgework.store;

/** {@link RepairCaseRepositoryTest}'s tests against a team workbook on a real PostgreSQL server. */
class TeamRepairCaseRepositoryTest extends RepairCaseRepositoryTest {
    @Override
    Kind kind() {
        return Kind.TEAM;
    }
}
