package org.bridgework.store;

/** {@link RelationshipRepositoryTest}'s tests against a team workbook on a real PostgreSQL server. */
class TeamRelationshipRepositoryTest extends RelationshipRepositoryTest {
    @Override
    Kind kind() {
        return Kind.TEAM;
    }
}
