package cn.gov.xinxiang.agri.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A built service (its Quarkus fast-jar) run as a separate process, as it runs in production. Used by
 * the system tests and the local run. Stopped by {@link #close()} and by a JVM shutdown hook.
 */
public final class ServiceProcess implements AutoCloseable {

    /**
     * The JVM options of a service process: the local run, the system tests and the bench start the services with
     * them, and the images' {@code Dockerfile.jvm} pass the same ({@code JAVA_OPTS_APPEND}, checked by k8s-check's
     * ManifestsTest), so what is measured is what runs. For 2 cores (bench: issue 15):
     * <ul>
     *   <li>heap at most 256 MB (was 384), starting at 32 MB: by default the initial heap is 1/64 of the machine's RAM
     *   and the young generation sized from it is touched in full before the first collection (idle RSS 290-310 MB ->
     *   205-220 MB). Under load most of the RSS is not heap (project-service, NMT after a minute of list and create
     *   requests: heap 64 MB committed, metaspace 75, code 42, shared classes 48), so the ceiling bounds the worst
     *   case (imports, large evidence) rather than the usual size;</li>
     *   <li>the heap free ratios at the JVM's defaults, written out because the images' start script sets 10/20
     *   (the bench measured those slower: eden held at ~19 MB, many more young collections);</li>
     *   <li>the full tiered JIT (C1 then C2), no longer C1 only ({@code TieredStopAtLevel=1}): measured on
     *   project-service over two minutes of load, 514 against 434 requests/s once warm (+18 %), but about 80 MB more
     *   RSS (code cache, compiler memory; 347 against 268 MB); the native heap is trimmed every 5 s, which gave back
     *   part of that (296 MB at the end of the run);</li>
     *   <li>a smaller code cache and thread stacks than the defaults (240 MB reserved, 1 MB a thread).</li>
     * </ul>
     * The images add {@code -XX:+ExitOnOutOfMemoryError} (Kubernetes restarts the pod); here nothing would restart
     * the process, so an out-of-memory error stays a failed request, as it was.
     */
    public static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-Xms32m", "-XX:MinHeapFreeRatio=40", "-XX:MaxHeapFreeRatio=70",
            "-XX:ReservedCodeCacheSize=64m", "-Xss512k", "-XX:TrimNativeHeapInterval=5000");

    /**
     * The serial collector: no GC threads competing with the requests on 2 cores, the smallest footprint. Apart from
     * {@link #JVM_OPTIONS} because the images choose the collector with their own variable ({@code GC_CONTAINER_OPTIONS}).
     */
    public static final String GC_OPTION = "-XX:+UseSerialGC";

    private final Path repoRoot;
    private final String name;
    private final int port;
    private final Map<String, String> env;
    private final Process process;
    private final Path log;
    private final Thread hook;

    private ServiceProcess(Path repoRoot, String name, int port, Map<String, String> env, Process process, Path log) {
        this.repoRoot = repoRoot;
        this.name = name;
        this.port = port;
        this.env = Map.copyOf(env);
        this.process = process;
        this.log = log;
        this.hook = new Thread(this::stop, "stop-" + name);
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /**
     * Starts {@code <repo>/<name>/target/quarkus-app/quarkus-run.jar} with the given environment.
     *
     * @param logFile where stdout and stderr go
     */
    public static ServiceProcess start(Path repoRoot, String name, int port, Map<String, String> env, Path logFile) {
        Path jar = repoRoot.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " does not exist: build the services first (./mvnw package -DskipTests)");
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(JVM_OPTIONS);
        cmd.add(GC_OPTION);
        cmd.add("-Dfile.encoding=UTF-8");
        // Class data of the app's own classes, when the build made it (-Dquarkus.package.jar.appcds.enabled=true, as
        // bench/run.sh builds): a shorter start. The archive names the jars relative to quarkus-app/, so the JVM must
        // start there (elsewhere it silently ignores the archive); a JVM other than the build's ignores it too.
        Path cds = jar.resolveSibling("app-cds.jsa");
        boolean shared = Files.exists(cds);
        if (shared) {
            cmd.add("-XX:SharedArchiveFile=" + cds);
        }
        cmd.add("-jar");
        cmd.add(jar.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        if (shared) {
            pb.directory(jar.getParent().toFile());
        }
        try {
            Files.createDirectories(logFile.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        // glibc's per-thread malloc arenas (64 MB each, reserved, partly touched) add tens of MB of RSS with the
        // services' many threads; two are plenty for 2 cores. The images set the same (Dockerfile.jvm).
        pb.environment().put("MALLOC_ARENA_MAX", "2");
        pb.environment().putAll(env);
        pb.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        try {
            return new ServiceProcess(repoRoot, name, port, env, pb.start(), logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    /** The environment it was started with (besides QUARKUS_HTTP_PORT). */
    public Map<String, String> env() {
        return env;
    }

    /**
     * A new process of the same service on the same port and log, with this one's environment
     * changed by {@code changes} (a null value removes a variable). Call it once this one has ended.
     */
    public ServiceProcess startAgain(Map<String, String> changes) {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        Map<String, String> next = new java.util.LinkedHashMap<>(env);
        changes.forEach((k, v) -> {
            if (v == null) {
                next.remove(k);
            } else {
                next.put(k, v);
            }
        });
        close();
        return start(repoRoot, name, port, next, log);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Path log() {
        return log;
    }

    /** Waits until /q/health/ready answers UP; fails early if the process dies. */
    public void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout + "; see " + log);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * SIGKILL: the process ends at once, mid-transaction or mid-send, with no shutdown hook and no
     * goodbye to the database or the broker (its consumer-group membership lapses only after the
     * session timeout). Returns once the process is gone.
     */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " did not die within 30 s of SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGTERM (Quarkus shuts down gracefully), then SIGKILL after 20 s. */
    public void stop() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static int freePort() {
        return EmbeddedKafka.freePort();
    }
}
