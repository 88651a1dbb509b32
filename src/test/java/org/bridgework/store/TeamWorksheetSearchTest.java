package org.bridgework.store;

/** {@link WorksheetSearchTest}'s tests against a team workbook on a real PostgreSQL server. */
class TeamWorksheetSearchTest extends WorksheetSearchTest {
    @Override
    Kind kind() {
        return Kind.TEAM;
    }
}
