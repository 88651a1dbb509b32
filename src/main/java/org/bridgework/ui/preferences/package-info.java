/** File → Preferences…: the settings that belong to the user rather than to a workbook. */
package org.bridgework.ui.preferences;
