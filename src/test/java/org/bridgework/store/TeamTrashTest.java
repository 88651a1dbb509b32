package org.bridgework.store;

/** {@link TrashTest}'s tests against a team workbook on a real PostgreSQL server. */
class TeamTrashTest extends TrashTest {
    @Override
    Kind kind() {
        return Kind.TEAM;
    }
}
