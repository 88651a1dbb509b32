package org.bridgework.model.repair;

/** How we spoke with the other side, or plan to. */
public enum Channel {
    MEETING, VIDEO_CALL, PHONE, EMAIL, OTHER
}
