package org.bridgework.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.bridgework.model.Relationship;
import org.bridgework.model.TakenNames;
import org.bridgework.model.WholeRelationship;

/**
 * An open workbook file. Created with {@link #open}, which refuses any file it cannot safely work in;
 * used from one thread at a time (the app's store thread); closed when the window closes.
 */
public final class Workbook implements AutoCloseable {
    private final Path file;
    private final Connection connection;
    private final RelationshipRepository relationships;
    private final RepairCaseRepository repairCases;
    private final MilestoneRepository milestones;
    private final PortfolioSummaryQuery summaries;

    private Workbook(Path file, Connection connection, Clock clock) {
        this.file = file;
        this.connection = connection;
        this.relationships = new RelationshipRepository(connection, clock);
        this.repairCases = new RepairCaseRepository(connection);
        this.milestones = new MilestoneRepository(connection);
        this.summaries = new PortfolioSummaryQuery(connection);
    }

    /**
     * Opens the workbook at {@code file}, creating it if there is no file there. An existing file is
     * inspected first and refused, unchanged, if it is damaged, foreign, newer or read-only; an older
     * one is backed up, then upgraded.
     */
    public static Workbook open(Path file, Clock clock) throws WorkbookException {
        Path path = file.toAbsolutePath().normalize();
        if (!Files.exists(path)) {
            createNew(path);
        }
        WorkbookInspection inspection = WorkbookInspector.inspect(path);
        if (inspection.needsUpgrade()) {
            WorkbookBackups.beforeUpgrade(path, SchemaMigrations.latestVersion(), clock);
        }
        Connection connection = null;
        try {
            connection = SqliteConnections.readWrite(path);
            if (inspection.blank()) {
                setApplicationId(connection);
            }
            upgrade(path, connection, inspection.schemaVersion());
            return new Workbook(path, connection, clock);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw WorkbookInspector.translate(path, e);
        }
    }

    /** The schema version this build writes. */
    public static int latestSchemaVersion() {
        return SchemaMigrations.latestVersion();
    }

    public Path file() {
        return file;
    }

    public RelationshipRepository relationships() {
        return relationships;
    }

    public PortfolioSummaryQuery summaries() {
        return summaries;
    }

    public MilestoneRepository milestones() {
        return milestones;
    }

    public RepairCaseRepository repairCases() {
        return repairCases;
    }

    /**
     * Adds whole relationships from elsewhere (an import), in one transaction: all of them or, if anything
     * fails, none. Each keeps its times; a name already used in this workbook is replaced by the first free one
     * of its {@code variants}.
     *
     * @return the relationships as stored, with their ids and final names, in the order given
     */
    public List<Relationship> importRelationships(List<WholeRelationship> incoming, TakenNames.Variants variants) {
        return new RelationshipImport(connection, relationships, repairCases, milestones).addAll(incoming, variants);
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }

    /**
     * Builds the new workbook under a temporary name and moves it into place only when complete, so
     * a crash never leaves a half-made workbook, and an existing file is never replaced.
     */
    private static void createNew(Path path) throws WorkbookException {
        Path temporary = null;
        try {
            Files.createDirectories(path.getParent(), FilePermissions.privateFolder());
            temporary = Files.createTempFile(path.getParent(), ".bridgework-new-", ".tmp", FilePermissions.privateFile());
            try (Connection connection = SqliteConnections.create(temporary)) {
                setApplicationId(connection);
                SchemaMigrations.migrate(connection, 0);
            }
            moveIntoPlace(temporary, path);
        } catch (IOException | SQLException e) {
            throw new WorkbookException(path, WorkbookProblem.CANNOT_CREATE, e.getMessage(), e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static void moveIntoPlace(Path temporary, Path path) throws IOException {
        try {
            // Without REPLACE_EXISTING the move fails rather than overwrite a file that appeared meanwhile.
            Files.move(temporary, path);
        } catch (FileAlreadyExistsException e) {
            // Someone created it meanwhile: leave theirs alone; inspection decides whether it is usable.
        }
    }

    private static void setApplicationId(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA application_id = " + WorkbookInspector.APPLICATION_ID);
        }
    }

    private static void upgrade(Path path, Connection connection, int fromVersion) throws WorkbookException {
        try {
            SchemaMigrations.migrate(connection, fromVersion);
        } catch (SQLException | RuntimeException e) {
            throw new WorkbookException(path, WorkbookProblem.UPGRADE_FAILED, e.getMessage(), e);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // Nothing left to save on this connection; closing is best effort.
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // A stray hidden temporary file is harmless; the workbook itself is complete.
        }
    }
}
