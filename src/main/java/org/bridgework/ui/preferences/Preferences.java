package org.bridgework.ui.preferences;

/**
 * What File → Preferences… edits.
 *
 * @param backupsToKeep how many daily backups of each workbook are kept
 */
public record Preferences(int backupsToKeep) {
}
