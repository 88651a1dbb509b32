package org.bridgework.store;

/** {@link PortfolioStagesTest}'s tests against a team workbook on a real PostgreSQL server. */
class TeamPortfolioStagesTest extends PortfolioStagesTest {
    @Override
    Kind kind() {
        return Kind.TEAM;
    }
}
