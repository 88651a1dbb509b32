/** The portfolio: every relationship of the workbook, searchable, and the commands on them. */
package org.bridgework.ui.portfolio;
