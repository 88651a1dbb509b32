package org.bridgework.store;

/**
 * What a read-only look inside an existing workbook found.
 *
 * @param schemaVersion the workbook's {@code PRAGMA user_version}
 * @param blank         a valid SQLite file with nothing in it yet, which may become a workbook
 */
public record WorkbookInspection(int schemaVersion, boolean blank) {
    public boolean needsUpgrade() {
        return !blank && schemaVersion < SchemaMigrations.latestVersion();
    }
}
