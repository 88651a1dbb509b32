/**
 * The team workbook's windows for working together: a relationship's history (who changed which text, and
 * putting an earlier one back) and who may see and change it (sharing). Read and written on the store thread.
 */
package org.bridgework.ui.team;
