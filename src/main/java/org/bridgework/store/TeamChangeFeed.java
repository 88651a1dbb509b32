package org.bridgework.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens, on a connection of its own, for the notifications a team workbook's triggers send when a transaction
 * that changed a relationship commits (postgresql/0015), and passes them on in batches, on its own thread. When
 * the connection is lost it tries again with growing pauses; once back, it says {@link WorkbookChange#everything},
 * since what changed meanwhile was not heard. It says so after the first connection too, so nothing committed
 * between the workbook being read and the listening starting is missed.
 */
public final class TeamChangeFeed implements ChangeFeed {
    private static final System.Logger LOG = System.getLogger(TeamChangeFeed.class.getName());
    /** How long one wait for notifications lasts, so closing is noticed soon. */
    private static final int WAIT_MS = 250;
    /** After this long without a word from the server, a query checks the connection is still alive. */
    private static final long CHECK_AFTER_MS = 15_000;
    private static final long FIRST_PAUSE_MS = 250;
    private static final long LONGEST_PAUSE_MS = 10_000;
    /** Beyond this many relationships in one batch, reading everything again is as quick and simpler. */
    static final int MOST_IDS = 500;

    private final ReconnectingConnection.Opener opener;
    private final Consumer<WorkbookChange> listener;
    private final Thread thread;
    private final Object pause = new Object();
    private volatile boolean closed;

    private TeamChangeFeed(ReconnectingConnection.Opener opener, Consumer<WorkbookChange> listener) {
        this.opener = opener;
        this.listener = listener;
        this.thread = new Thread(this::run, "bridgework-team-changes");
        thread.setDaemon(true);
    }

    /**
     * Starts listening with connections {@code opener} opens (to the team workbook's schema); {@code listener} is
     * told on the feed's own thread and must not block it for long.
     */
    static TeamChangeFeed start(ReconnectingConnection.Opener opener, Consumer<WorkbookChange> listener) {
        TeamChangeFeed feed = new TeamChangeFeed(opener, listener);
        feed.thread.start();
        return feed;
    }

    @Override
    public void close() {
        closed = true;
        synchronized (pause) {
            pause.notifyAll();
        }
        thread.interrupt();
    }

    /** True while the feed's thread runs: for tests. */
    boolean running() {
        return thread.isAlive();
    }

    Thread thread() {
        return thread;
    }

    private void run() {
        long pauseMs = FIRST_PAUSE_MS;
        while (!closed) {
            try (Connection connection = opener.open()) {
                listen(connection);
                pauseMs = FIRST_PAUSE_MS;
                tell(WorkbookChange.everything());
                receive(connection);
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    break;
                }
                LOG.log(System.Logger.Level.WARNING, "Listening for a team workbook's changes stopped ("
                        + e.getClass().getSimpleName() + "); trying again in " + pauseMs + " ms");
                sleep(pauseMs);
                pauseMs = Math.min(pauseMs * 2, LONGEST_PAUSE_MS);
            }
        }
    }

    private static void listen(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT 'bridgework_' || substr(md5(current_schema()), 1, 16)")) {
            row.next();
            // A channel is an identifier: quoted, as the name is made of hex digits only.
            statement.execute("LISTEN \"" + row.getString(1) + "\"");
        }
    }

    private void receive(Connection connection) throws SQLException {
        PGConnection server = connection.unwrap(PGConnection.class);
        long lastHeard = System.nanoTime();
        while (!closed) {
            PGNotification[] arrived = server.getNotifications(WAIT_MS);
            if (arrived != null && arrived.length > 0) {
                lastHeard = System.nanoTime();
                tell(batch(arrived));
            } else if ((System.nanoTime() - lastHeard) / 1_000_000 > CHECK_AFTER_MS) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SELECT 1");
                }
                lastHeard = System.nanoTime();
            }
        }
    }

    static WorkbookChange batch(PGNotification[] arrived) {
        Set<Long> ids = new HashSet<>();
        for (PGNotification notification : arrived) {
            try {
                ids.add(Long.parseLong(notification.getParameter()));
            } catch (NumberFormatException e) {
                return WorkbookChange.everything(); // not one of ours as we know them: read it all again
            }
        }
        return ids.size() > MOST_IDS ? WorkbookChange.everything() : WorkbookChange.of(ids);
    }

    private void tell(WorkbookChange change) {
        try {
            listener.accept(change);
        } catch (RuntimeException e) {
            // The listener's failure is its own; the feed carries on.
            LOG.log(System.Logger.Level.ERROR, "A team workbook change could not be passed on", e);
        }
    }

    private void sleep(long ms) {
        synchronized (pause) {
            if (closed) {
                return;
            }
            try {
                pause.wait(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
