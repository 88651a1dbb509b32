/**
 * The manager's week: what is due across every open repair (commitments, check-ins, revisit dates, meetings,
 * repairs gone quiet), grouped by day, with snoozed items left out; and when the daily digest is due.
 * Pure functions of the model; no JavaFX, no SQL.
 */
package org.bridgework.model.week;
