package org.bridgework.store;

/** {@link MilestoneRepositoryTest}'s tests against a team workbook on a real PostgreSQL server. */
class TeamMilestoneRepositoryTest extends MilestoneRepositoryTest {
    @Override
    Kind kind() {
        return Kind.TEAM;
    }
}
