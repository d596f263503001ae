package io.certflow.testkit;

/** A running PostgreSQL server that hands out one database per caller-chosen name. */
public interface PostgresServer {

    /** Creates the database on first request; later requests for the same name return the same URL. */
    String jdbcUrl(String database);

    String username();

    String password();
}
