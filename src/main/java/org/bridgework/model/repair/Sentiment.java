package org.bridgework.model.repair;

/** How a conversation felt, from very negative to very positive. */
public enum Sentiment {
    VERY_NEGATIVE, NEGATIVE, NEUTRAL, POSITIVE, VERY_POSITIVE;

    /** 1 (very negative) to 5 (very positive), for charts. */
    public int score() {
        return ordinal() + 1;
    }
}
