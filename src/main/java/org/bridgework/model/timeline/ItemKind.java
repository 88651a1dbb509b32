package org.bridgework.model.timeline;

/** What a timeline item is; its order here breaks ties between items of one day. */
public enum ItemKind {
    INCIDENT,
    DECISION,
    MILESTONE,
    MEETING_PLANNED,
    CONVERSATION,
    APOLOGY,
    COMMITMENT_DUE,
    CHECK_IN
}
