package org.bridgework.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.bridgework.model.Relationship;
import org.bridgework.model.TakenNames;
import org.bridgework.model.WholeRelationship;

/**
 * A team workbook: the same tables as a workbook file, in a schema of its own on a PostgreSQL server, worked
 * through the same repositories (the few differences of SQL are {@link SqlDialect}'s). Opened with {@link #open},
 * which refuses a schema of a newer version or of another program without changing it; made with {@link #create}
 * in a database (schema) that holds nothing yet. Used from one thread at a time, like {@link Workbook}.
 */
public final class TeamWorkbook implements WorkbookStore {
    private final TeamAddress address;
    private final Connection connection;
    private final RelationshipRepository relationships;
    private final RepairCaseRepository repairCases;
    private final MilestoneRepository milestones;
    private final PortfolioSummaryQuery summaries;
    private final WorkbookWrites writes;
    private final AgendaQuery agenda;
    private final SnoozeRepository snoozes;
    private final Collaboration collaboration;
    /** Opens another connection to the same workbook, with the same password: for the change feed. */
    private final ReconnectingConnection.Opener opener;
    private final List<ChangeFeed> feeds = new ArrayList<>();
    private final WorksheetSearch worksheetSearch;
    private boolean closed;

    private TeamWorkbook(TeamAddress address, ReconnectingConnection.Opener opener, Connection first, Clock clock) {
        this.address = address;
        this.opener = opener;
        this.connection = ReconnectingConnection.of(opener, first);
        this.writes = WorkbookWrites.onServer(connection);
        this.relationships = new RelationshipRepository(connection, writes, clock);
        this.repairCases = new RepairCaseRepository(connection, writes, true);
        this.milestones = new MilestoneRepository(connection, writes);
        this.summaries = new PortfolioSummaryQuery(connection);
        this.agenda = new AgendaQuery(connection);
        this.snoozes = new SnoozeRepository(connection, writes, clock);
        this.collaboration = new Collaboration(connection, writes);
        this.worksheetSearch = new WorksheetSearch(connection);
    }

    /**
     * Opens the team workbook at {@code address}, upgrading an older one (each step in one transaction).
     *
     * @param password null to take it from {@code PGPASSWORD} or {@code ~/.pgpass}
     */
    public static TeamWorkbook open(TeamAddress address, char[] password, Clock clock) throws WorkbookException {
        Connection first = connect(address, password);
        try {
            OptionalInt version = TeamSchemaMigrations.version(first, address.schema());
            if (version.isEmpty()) {
                boolean foreign = TeamSchemaMigrations.schemaHoldsAnything(first, address.schema());
                throw new WorkbookException(label(address), foreign ? WorkbookProblem.FOREIGN_SCHEMA
                        : WorkbookProblem.NO_TEAM_WORKBOOK, "schema " + address.schema());
            }
            refuseNewer(address, version.getAsInt());
            if (version.getAsInt() < TeamSchemaMigrations.latestVersion()) {
                upgrade(address, first);
            }
            return new TeamWorkbook(address, () -> TeamConnections.open(address, password), first, clock);
        } catch (SQLException e) {
            closeQuietly(first);
            throw unreachable(address, e);
        } catch (WorkbookException | RuntimeException e) {
            closeQuietly(first);
            throw e;
        }
    }

    /**
     * Makes a new team workbook at {@code address}: its schema and tables, at this version. Refused, with
     * nothing changed, if the schema already holds anything.
     */
    public static TeamWorkbook create(TeamAddress address, char[] password, Clock clock) throws WorkbookException {
        try (Connection connection = connect(address, password)) {
            if (TeamSchemaMigrations.schemaHoldsAnything(connection, address.schema())) {
                throw new WorkbookException(label(address), WorkbookProblem.CANNOT_CREATE,
                        "schema " + address.schema() + " is not empty");
            }
            TeamSchemaMigrations.create(connection, address.schema());
        } catch (SQLException e) {
            throw new WorkbookException(label(address), WorkbookProblem.CANNOT_CREATE, e.getMessage(), e);
        }
        return open(address, password, clock);
    }

    /**
     * The version of the team workbook at {@code address}, read without changing anything: for
     * {@code bridgework check}. Refuses, like {@link #open}, a missing, foreign or newer one.
     */
    public static int inspect(TeamAddress address, char[] password) throws WorkbookException {
        try (Connection connection = connect(address, password)) {
            OptionalInt version = TeamSchemaMigrations.version(connection, address.schema());
            if (version.isEmpty()) {
                boolean foreign = TeamSchemaMigrations.schemaHoldsAnything(connection, address.schema());
                throw new WorkbookException(label(address), foreign ? WorkbookProblem.FOREIGN_SCHEMA
                        : WorkbookProblem.NO_TEAM_WORKBOOK, "schema " + address.schema());
            }
            refuseNewer(address, version.getAsInt());
            return version.getAsInt();
        } catch (SQLException e) {
            throw unreachable(address, e);
        }
    }

    public TeamAddress address() {
        return address;
    }

    @Override
    public Optional<TeamAddress> teamAddress() {
        return Optional.of(address);
    }

    @Override
    public Optional<Collaboration> collaboration() {
        return Optional.of(collaboration);
    }

    @Override
    public RelationshipRepository relationships() {
        return relationships;
    }

    @Override
    public RepairCaseRepository repairCases() {
        return repairCases;
    }

    @Override
    public MilestoneRepository milestones() {
        return milestones;
    }

    @Override
    public PortfolioSummaryQuery summaries() {
        return summaries;
    }

    @Override
    public AgendaQuery agenda() {
        return agenda;
    }

    @Override
    public SnoozeRepository snoozes() {
        return snoozes;
    }

    @Override
    public WorksheetSearch worksheetSearch() {
        return worksheetSearch;
    }

    @Override
    public List<Relationship> importRelationships(List<WholeRelationship> incoming, TakenNames.Variants variants) {
        return new RelationshipImport(writes, relationships, repairCases, milestones).addAll(incoming, variants);
    }

    @Override
    public List<Relationship> importRelationships(List<WholeRelationship> incoming, TakenNames.Variants variants,
                                                  java.util.function.IntConsumer afterEach) {
        return new RelationshipImport(writes, relationships, repairCases, milestones).addAll(incoming, variants, afterEach);
    }

    @Override
    public boolean readOnly() {
        return false;
    }

    /**
     * Writes every relationship of the portfolio (archived ones too; not the Trash), with its repair and
     * milestones, to a new workbook file: what was saved on the server so far, readable without it.
     */
    @Override
    public void saveCopyTo(Path target) {
        List<WholeRelationship> all = new ArrayList<>();
        for (Relationship relationship : relationships.findAll()) {
            all.add(new WholeRelationship(relationship, repairCases.load(relationship.id()),
                    milestones.load(relationship.id())));
        }
        LocalCopy.write(all, target);
    }

    @Override
    public String displayName() {
        return address.displayName();
    }

    /** Others' changes, as the server tells them; the feed stops when this workbook is closed, if not before. */
    @Override
    public synchronized ChangeFeed watch(java.util.function.Consumer<WorkbookChange> listener) {
        if (closed) {
            return ChangeFeed.NONE;
        }
        ChangeFeed feed = TeamChangeFeed.start(opener, listener);
        feeds.add(feed);
        return feed;
    }

    @Override
    public Optional<Path> localFile() {
        return Optional.empty();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        feeds.forEach(ChangeFeed::close);
        closeQuietly(connection);
    }

    /** A path-like name for messages that name the workbook they are about. */
    static Path label(TeamAddress address) {
        return Path.of(address.displayName());
    }

    private static Connection connect(TeamAddress address, char[] password) throws WorkbookException {
        try {
            return TeamConnections.open(address, password);
        } catch (SQLException e) {
            throw unreachable(address, e);
        }
    }

    private static WorkbookException unreachable(TeamAddress address, SQLException e) {
        return new WorkbookException(label(address), WorkbookProblem.SERVER_UNREACHABLE, e.getMessage(), e);
    }

    private static void refuseNewer(TeamAddress address, int version) throws WorkbookException {
        if (version > TeamSchemaMigrations.latestVersion()) {
            throw new WorkbookException(label(address), WorkbookProblem.NEWER_VERSION, "format " + version
                    + ", this version reads format " + TeamSchemaMigrations.latestVersion());
        }
    }

    private static void upgrade(TeamAddress address, Connection connection) throws WorkbookException {
        try {
            TeamSchemaMigrations.migrate(connection, address.schema());
        } catch (SQLException | RuntimeException e) {
            throw new WorkbookException(label(address), WorkbookProblem.UPGRADE_FAILED, e.getMessage(), e);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // Nothing is pending on it; closing is best effort.
        }
    }
}
