package org.bridgework.ui.week;

import java.time.LocalDate;

/**
 * How long an item is put aside, and why.
 *
 * @param until  the day it is listed again
 * @param reason the manager's words
 */
public record SnoozeChoice(LocalDate until, String reason) {
}
