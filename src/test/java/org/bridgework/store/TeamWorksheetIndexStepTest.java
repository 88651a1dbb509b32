package org.bridgework.store;

/** {@link WorksheetIndexStepTest}'s test against a team workbook on a real PostgreSQL server. */
class TeamWorksheetIndexStepTest extends WorksheetIndexStepTest {
    @Override
    Kind kind() {
        return Kind.TEAM;
    }
}
