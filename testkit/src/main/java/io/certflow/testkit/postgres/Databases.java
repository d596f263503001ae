package io.certflow.testkit.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Creates databases on first request, once each, so every service gets its own on one server. */
public final class Databases {

    /** The name ends up inside SQL; anything else would need escaping we do not want to get wrong. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,62}");

    private final AdminConnections admin;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    public Databases(AdminConnections admin) {
        this.admin = admin;
    }

    public void ensureExists(String database) {
        if (known.contains(database)) {
            return;
        }
        if (!NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("database name must match " + NAME + ": " + database);
        }
        synchronized (this) {
            if (!known.contains(database)) {
                createIfAbsent(database);
                known.add(database);
            }
        }
    }

    /** Also covers databases left from an earlier run in a kept data directory. */
    private void createIfAbsent(String database) {
        try (Connection connection = admin.open()) {
            if (!exists(connection, database)) {
                try (Statement create = connection.createStatement()) {
                    create.execute("CREATE DATABASE \"" + database + "\"");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database, e);
        }
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** A connection to the server's maintenance database, as a superuser. */
    @FunctionalInterface
    public interface AdminConnections {
        Connection open() throws SQLException;
    }
}
