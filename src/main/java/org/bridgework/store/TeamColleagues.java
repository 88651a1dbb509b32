package org.bridgework.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The logins a team workbook's server knows: sharing with a name the server has no login for would share with
 * no one, so the window asks here first and says which names it does not know.
 */
public final class TeamColleagues {
    private final Connection connection;

    TeamColleagues(Connection connection) {
        this.connection = connection;
    }

    /** Those of {@code logins} that are not a login on the server (in the order given). */
    public List<String> unknown(List<String> logins) {
        List<String> missing = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ? AND rolcanlogin")) {
            for (String login : logins) {
                select.setString(1, login);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        missing.add(login);
                    }
                }
            }
            return missing;
        } catch (SQLException e) {
            throw new StoreException("Could not ask the server which logins it has", ServerProblems.diagnose(e), e);
        }
    }
}
