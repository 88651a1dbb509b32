/**
 * Plain words for the store's problems (a workbook that cannot be opened, a change that cannot be saved): the one
 * place that knows both the store's problem types and the texts, so that {@code text} needs nothing of the app
 * and the store says nothing to the user. Used by the window and the command line.
 */
package org.bridgework.problems;
