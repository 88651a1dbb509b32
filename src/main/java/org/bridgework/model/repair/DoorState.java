package org.bridgework.model.repair;

/** Whether they still deal with us: a repair needs a door that is at least ajar. */
public enum DoorState {
    /** They still talk to us. */
    STILL_TALKING,
    /** They have stopped answering, but have not gone elsewhere. */
    GONE_QUIET,
    /** They have signed with someone else. */
    SIGNED_ELSEWHERE
}
