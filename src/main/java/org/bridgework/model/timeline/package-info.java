/**
 * The timeline of a repair: every dated item from the worksheets, in date order, with the filters over it.
 * Pure functions of the model; no JavaFX, no SQL.
 */
package org.bridgework.model.timeline;
