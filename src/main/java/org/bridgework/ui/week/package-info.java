/**
 * This week: the agenda of every open repair (org.bridgework.model.week.Agenda) beside the portfolio, its
 * keyboard actions, and the reminders of what is due today (in the window and, if chosen, on the desktop).
 */
package org.bridgework.ui.week;
