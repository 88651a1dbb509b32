/**
 * The eight-step repair wizard as pure domain: one worksheet record per step, gathered in
 * {@link org.bridgework.model.repair.RepairCase}, and the rules over them (verdict, breach type, apology check,
 * commitments, trust scores, follow-through, step completion).
 *
 * <p>Conventions: records are immutable; text fields are never null ("" means not filled in); lists are
 * unmodifiable copies; a value the manager may not have given yet is an {@code Optional}. Rules report
 * problems as enum codes that the UI phrases; nothing here holds an English UI sentence.
 * Imports nothing of the app but {@code org.bridgework.model}; no JavaFX, no SQL.
 */
package org.bridgework.model.repair;
