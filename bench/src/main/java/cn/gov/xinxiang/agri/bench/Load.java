package cn.gov.xinxiang.agri.bench;

import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A closed-loop load generator: {@code connections} workers, each sending its next request as soon as the last one
 * answered, for a fixed duration after a warm-up that is not recorded. Latencies go into HdrHistogram (µs, 3 digits).
 */
final class Load {

    /** One call; returns normally when the call succeeded, throws (or returns false) when it did not. */
    interface Op {
        boolean call(int worker, long iteration) throws Exception;
    }

    record Result(String name, String group, int connections, double seconds, long ok, long errors, String firstError,
                  Histogram histogram, int rowsPerCall) {
        double perSecond() {
            return ok / seconds;
        }

        double rowsPerSecond() {
            return ok * (double) rowsPerCall / seconds;
        }

        double ms(double percentile) {
            return histogram.getValueAtPercentile(percentile) / 1000.0;
        }

        double maxMs() {
            return histogram.getMaxValue() / 1000.0;
        }

        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", name);
            m.put("group", group);
            m.put("connections", connections);
            m.put("seconds", round(seconds));
            m.put("ok", ok);
            m.put("errors", errors);
            m.put("perSecond", round(perSecond()));
            if (rowsPerCall > 1) {
                m.put("rowsPerCall", rowsPerCall);
                m.put("rowsPerSecond", round(rowsPerSecond()));
            }
            m.put("meanMs", round(histogram.getMean() / 1000.0));
            m.put("p50Ms", round(ms(50)));
            m.put("p90Ms", round(ms(90)));
            m.put("p99Ms", round(ms(99)));
            m.put("p999Ms", round(ms(99.9)));
            m.put("maxMs", round(maxMs()));
            if (firstError != null) {
                m.put("firstError", firstError);
            }
            return m;
        }
    }

    static double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }

    static Result run(String name, String group, int connections, Duration warmup, Duration duration, int rowsPerCall, Op op) {
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + duration.toNanos();
        List<Histogram> histograms = new ArrayList<>();
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < connections; w++) {
            Histogram h = new Histogram(3_600_000_000L, 3);
            histograms.add(h);
            int worker = w;
            Thread t = new Thread(() -> {
                long i = 0;
                while (true) {
                    long t0 = System.nanoTime();
                    if (t0 >= end) {
                        return;
                    }
                    boolean good;
                    String error = null;
                    try {
                        good = op.call(worker, i++);
                        if (!good) {
                            error = "call returned false";
                        }
                    } catch (Exception e) {
                        good = false;
                        error = e.toString();
                    }
                    if (!good) {
                        // a failing call must not spin: the error count says how many, not how fast it failed
                        try {
                            Thread.sleep(5);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    long t1 = System.nanoTime();
                    if (t0 >= measureFrom && t1 <= end) {
                        if (good) {
                            h.recordValue(Math.max(1, (t1 - t0) / 1000));
                            ok.incrementAndGet();
                        } else {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, error);
                        }
                    } else if (!good) {
                        firstError.compareAndSet(null, error);
                        if (t0 < measureFrom) {
                            errors.incrementAndGet();
                        }
                    }
                }
            }, name + "-" + w);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        Histogram all = new Histogram(3_600_000_000L, 3);
        histograms.forEach(all::add);
        Result r = new Result(name, group, connections, duration.toNanos() / 1e9, ok.get(), errors.get(), firstError.get(), all, rowsPerCall);
        Bench.say(String.format("%-34s c=%-3d %9.1f/s%s  p50 %7.2f ms  p99 %7.2f ms  max %8.2f ms  errors %d%s", name, connections,
                r.perSecond(), rowsPerCall > 1 ? String.format(" (%.0f rows/s)", r.rowsPerSecond()) : "", r.ms(50), r.ms(99), r.maxMs(),
                r.errors(), r.firstError() == null ? "" : "  first: " + abbreviate(r.firstError())));
        return r;
    }

    static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
