package org.bridgework.store;

/** {@link PortfolioSummaryQueryTest}'s tests against a team workbook on a real PostgreSQL server. */
class TeamPortfolioSummaryQueryTest extends PortfolioSummaryQueryTest {
    @Override
    Kind kind() {
        return Kind.TEAM;
    }
}
