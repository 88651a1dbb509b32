/** File → Restore from backup…: the list of a workbook's backups, and the words for them and for a failed restore. */
package org.bridgework.ui.backup;
