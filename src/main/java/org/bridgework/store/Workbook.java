package org.bridgework.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.bridgework.model.Relationship;
import org.bridgework.model.TakenNames;
import org.bridgework.model.WholeRelationship;

/**
 * An open workbook file. Created with {@link #open}, which refuses any file it cannot safely work in, or with
 * {@link #openReadOnly} to look at one another Bridgework is editing; used from one thread at a time (the app's
 * store thread), except for today's backup, which reads through a connection of its own on another thread
 * ({@link SnapshotReaders}); closed when the window closes.
 */
public final class Workbook implements WorkbookStore {
    /** How long closing waits for a backup being made to stop; it stops within milliseconds when asked. */
    private static final java.time.Duration READERS_STOP_WITHIN = java.time.Duration.ofSeconds(10);

    private final Path file;
    private final Connection connection;
    private final RelationshipRepository relationships;
    private final RepairCaseRepository repairCases;
    private final MilestoneRepository milestones;
    private final PortfolioSummaryQuery summaries;
    private final AgendaQuery agenda;
    private final SnoozeRepository snoozes;
    private final WorksheetSearch worksheetSearch;
    /** The editing lock; null for a read-only workbook. */
    private final WorkbookLock lock;
    private final WriteAccess access;
    private final WorkbookWrites writes;
    private final SnapshotReaders readers;
    private boolean closed;
    /** Counts the rows written, once a test asks. */
    private WorksheetRowCount rowCount;

    private Workbook(Path file, Connection connection, WorkbookFile opened, Clock clock, WorkbookLock lock) {
        this.file = file;
        this.connection = connection;
        this.lock = lock;
        this.access = lock == null ? WriteAccess.readOnly(file) : WriteAccess.WRITABLE;
        this.writes = new WorkbookWrites(connection, opened, access);
        this.relationships = new RelationshipRepository(connection, writes, clock);
        this.repairCases = new RepairCaseRepository(connection, writes);
        this.milestones = new MilestoneRepository(connection, writes);
        this.summaries = new PortfolioSummaryQuery(connection);
        this.agenda = new AgendaQuery(connection);
        this.snoozes = new SnoozeRepository(connection, writes, clock);
        this.worksheetSearch = new WorksheetSearch(connection);
        this.readers = new SnapshotReaders(file);
        OpenInThisProcess.opened(file);
    }

    /**
     * Opens the workbook at {@code file} for editing, creating it if there is no file there. First it takes
     * the workbook's lock, before anything is read or written: if another Bridgework process has the workbook
     * open, it is refused with {@link WorkbookProblem#OPEN_ELSEWHERE}, untouched. (This process may open a
     * workbook it has open already: the lock is shared within a process.) An existing file is inspected next
     * and refused, unchanged, if it is damaged, foreign, newer or read-only; an older one is backed up, then
     * upgraded.
     */
    public static Workbook open(Path file, Clock clock) throws WorkbookException {
        Path path = file.toAbsolutePath().normalize();
        if (!Files.exists(path)) {
            createFolder(path);
        }
        WorkbookLock lock = WorkbookLock.acquire(path, clock);
        Connection connection = null;
        try {
            boolean openHere = OpenInThisProcess.isOpen(path);
            if (!Files.exists(path)) {
                createNew(path);
            }
            WorkbookInspection inspection = WorkbookInspector.inspect(path, !openHere, true);
            if (inspection.needsUpgrade()) {
                WorkbookBackups.beforeUpgrade(path, SchemaMigrations.latestVersion(), clock);
            }
            connection = SqliteConnections.readWrite(path);
            if (inspection.blank()) {
                setApplicationId(connection);
            }
            upgrade(path, connection, inspection.schemaVersion());
            return new Workbook(path, connection, WorkbookFile.at(path), clock, lock);
        } catch (SQLException e) {
            closeQuietly(connection);
            lock.release();
            throw WorkbookInspector.translate(path, e);
        } catch (IOException e) {
            closeQuietly(connection);
            lock.release();
            throw new WorkbookException(path, WorkbookProblem.UNREADABLE, e.getMessage(), e);
        } catch (WorkbookException | RuntimeException e) {
            closeQuietly(connection);
            lock.release();
            throw e;
        }
    }

    /**
     * Opens the workbook at {@code file} only to look at it, as when another Bridgework is editing it: no lock,
     * and a read-only connection that still sees what the other process commits (each read is up to date).
     * Nothing is created, upgraded or written; every write is refused with {@link WorkbookReadOnlyException}.
     * A workbook in an older format is refused with {@link WorkbookProblem#NEEDS_UPGRADE}: reading it would
     * take the upgrade this version's queries need.
     */
    public static Workbook openReadOnly(Path file) throws WorkbookException {
        Path path = file.toAbsolutePath().normalize();
        if (!Files.exists(path)) {
            throw new WorkbookException(path, WorkbookProblem.UNREADABLE, "there is no file there");
        }
        WorkbookInspection inspection = WorkbookInspector.inspect(path, !OpenInThisProcess.isOpen(path), false);
        if (inspection.blank() || inspection.needsUpgrade()) {
            throw new WorkbookException(path, WorkbookProblem.NEEDS_UPGRADE, "format " + inspection.schemaVersion()
                    + ", this version reads format " + SchemaMigrations.latestVersion());
        }
        Connection connection = null;
        try {
            connection = SqliteConnections.viewing(path);
            return new Workbook(path, connection, WorkbookFile.at(path), Clock.systemUTC(), null);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw WorkbookInspector.translate(path, e);
        } catch (IOException e) {
            closeQuietly(connection);
            throw new WorkbookException(path, WorkbookProblem.UNREADABLE, e.getMessage(), e);
        }
    }

    /**
     * Who has the workbook at {@code file} open for editing, if anyone (this process included); only looks,
     * never locks or creates anything.
     */
    public static java.util.Optional<WorkbookHolder> holder(Path file) {
        return WorkbookLock.holderOf(file.toAbsolutePath().normalize());
    }

    /** True for a workbook opened with {@link #openReadOnly}: it cannot be changed through this object. */
    @Override
    public boolean readOnly() {
        return lock == null;
    }

    /** The schema version this build writes. */
    public static int latestSchemaVersion() {
        return SchemaMigrations.latestVersion();
    }

    public Path file() {
        return file;
    }

    @Override
    public String displayName() {
        return file.getFileName().toString();
    }

    @Override
    public java.util.Optional<Path> localFile() {
        return java.util.Optional.of(file);
    }

    @Override
    public RelationshipRepository relationships() {
        return relationships;
    }

    @Override
    public PortfolioSummaryQuery summaries() {
        return summaries;
    }

    /** What This week needs of every open repair. */
    @Override
    public AgendaQuery agenda() {
        return agenda;
    }

    /** This week's items put aside. */
    @Override
    public SnoozeRepository snoozes() {
        return snoozes;
    }

    @Override
    public WorksheetSearch worksheetSearch() {
        return worksheetSearch;
    }

    @Override
    public MilestoneRepository milestones() {
        return milestones;
    }

    @Override
    public RepairCaseRepository repairCases() {
        return repairCases;
    }

    /**
     * How many rows of the workbook's own tables this connection has inserted, updated or deleted since the
     * first call (the first call starts counting and answers 0): tests count the rows a save writes with it. The
     * worksheet search index, which triggers derive from those rows, is not counted ({@link WorksheetRowCount}).
     */
    synchronized long rowsChanged() {
        if (rowCount == null) {
            rowCount = WorksheetRowCount.on(connection);
        }
        return rowCount.rows();
    }

    /** The connection, for a consistent copy of the open workbook ({@link WorkbookBackups}). */
    Connection connection() {
        return connection;
    }

    /** Connections of their own that read this workbook on another thread, stopped when it closes. */
    SnapshotReaders readers() {
        return readers;
    }

    /**
     * Writes a complete copy of this workbook as it is now to {@code target}, which must not exist yet: the
     * way out when the workbook's own file can no longer be written (its disk turned read-only, or the file was
     * moved or deleted), since the open connection can still read everything saved so far.
     */
    @Override
    public void saveCopyTo(Path target) {
        WorkbookCopy.write(connection, target.toAbsolutePath().normalize());
    }

    /**
     * Adds whole relationships from elsewhere (an import), in one transaction: all of them or, if anything
     * fails, none. Each keeps its times; a name already used in this workbook is replaced by the first free one
     * of its {@code variants}.
     *
     * @return the relationships as stored, with their ids and final names, in the order given
     */
    @Override
    public List<Relationship> importRelationships(List<WholeRelationship> incoming, TakenNames.Variants variants) {
        return new RelationshipImport(writes, relationships, repairCases, milestones).addAll(incoming, variants);
    }

    /** Adds whole relationships, each keeping its id, in one transaction: into a new file, as a copy. */
    List<Relationship> importKeepingIds(List<WholeRelationship> incoming) {
        return new RelationshipImport(writes, relationships, repairCases, milestones).addAllKeepingIds(incoming);
    }

    @Override
    public List<Relationship> importRelationships(List<WholeRelationship> incoming, TakenNames.Variants variants,
                                                  java.util.function.IntConsumer afterEach) {
        return new RelationshipImport(writes, relationships, repairCases, milestones).addAll(incoming, variants, afterEach);
    }

    /**
     * Stops a backup being made and waits for it to let go, closes the connection, then lets go of the lock; closing
     * twice does nothing more.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        readers.closeAll(READERS_STOP_WITHIN);
        closeQuietly(connection);
        OpenInThisProcess.closed(file);
        if (lock != null) {
            lock.release();
        }
    }

    /**
     * Builds the new workbook under a temporary name and moves it into place only when complete, so
     * a crash never leaves a half-made workbook, and an existing file is never replaced.
     */
    private static void createNew(Path path) throws WorkbookException {
        Path temporary = null;
        try {
            temporary = Files.createTempFile(path.getParent(), ".bridgework-new-", ".tmp", FilePermissions.privateFile());
            try (Connection connection = SqliteConnections.create(temporary)) {
                setApplicationId(connection);
                SchemaMigrations.migrate(connection, 0);
            }
            moveIntoPlace(temporary, path);
        } catch (IOException | SQLException e) {
            throw new WorkbookException(path, WorkbookProblem.CANNOT_CREATE, e.getMessage(), e);
        } finally {
            BackupFiles.deleteQuietly(temporary);
        }
    }

    /** The folder of a new workbook, made first, so the lock file beside the workbook has a place. */
    private static void createFolder(Path path) throws WorkbookException {
        try {
            Files.createDirectories(path.getParent(), FilePermissions.privateFolder());
        } catch (IOException e) {
            throw new WorkbookException(path, WorkbookProblem.CANNOT_CREATE, e.getMessage(), e);
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
}
