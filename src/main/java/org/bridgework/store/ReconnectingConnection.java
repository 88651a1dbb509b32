package org.bridgework.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The one connection the repositories of a team workbook hold, which opens a new connection to the server when
 * the last one was lost (server restarted, network back), so saving carries on by itself once the server answers.
 * It reconnects only between transactions: a transaction whose connection was lost fails whole, and is never
 * finished on a new connection.
 */
final class ReconnectingConnection {
    /** Opens a connection to the server. */
    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    private final Opener opener;
    private Connection current;
    private boolean inTransaction;
    private boolean closed;

    private ReconnectingConnection(Opener opener, Connection first) {
        this.opener = opener;
        this.current = first;
    }

    /** A connection that stands for {@code first} and, once it is lost, for the next one {@code opener} opens. */
    static Connection of(Opener opener, Connection first) {
        ReconnectingConnection handler = new ReconnectingConnection(opener, first);
        return (Connection) Proxy.newProxyInstance(ReconnectingConnection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> handler.invoke(method, args));
    }

    private synchronized Object invoke(java.lang.reflect.Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (name.equals("close")) {
            closed = true;
            closeQuietly();
            return null;
        }
        if (name.equals("isClosed")) {
            return closed;
        }
        if (name.equals("setAutoCommit") && Boolean.TRUE.equals(args[0]) && lost()) {
            inTransaction = false; // the lost transaction ended with its connection
            return null;
        }
        if (lost()) {
            if (closed || inTransaction) {
                throw new SQLException("the connection to the server was lost", "08003");
            }
            current = opener.open();
        }
        if (name.equals("setAutoCommit")) {
            inTransaction = Boolean.FALSE.equals(args[0]);
        }
        try {
            return method.invoke(current, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException sql && ServerProblems.diagnose(sql) == SaveProblem.SERVER_UNREACHABLE) {
                closeQuietly();
            }
            throw cause;
        }
    }

    private boolean lost() throws SQLException {
        return current == null || current.isClosed();
    }

    private void closeQuietly() {
        if (current == null) {
            return;
        }
        try {
            current.close();
        } catch (SQLException e) {
            // It is lost already; nothing was pending on it.
        }
        current = null;
    }
}
