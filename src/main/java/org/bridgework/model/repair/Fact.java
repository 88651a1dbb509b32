package org.bridgework.model.repair;

/**
 * One fact gathered before the meeting, with where it comes from, so it can be checked.
 *
 * @param statement the fact
 * @param source    where it comes from (a document, an e-mail, a person)
 */
public record Fact(String statement, String source) {

    public Fact {
        statement = Texts.orEmpty(statement);
        source = Texts.orEmpty(source);
    }
}
