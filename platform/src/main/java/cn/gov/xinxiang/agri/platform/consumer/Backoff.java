package cn.gov.xinxiang.agri.platform.consumer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Bounded exponential backoff: the pause after try n is {@code initial * multiplier^(n-1)}, capped at
 * {@code max}. With the defaults (1 s, x2, at most 60 s, 10 tries) the pauses are 1, 2, 4, 8, 16, 32,
 * 60, 60, 60 s: a record is given up after about four minutes of pauses plus its tries' own time.
 */
public record Backoff(Duration initial, Duration max, double multiplier, int maxAttempts) {

    public Backoff {
        if (initial.isNegative() || initial.isZero()) {
            throw new IllegalArgumentException("initial backoff must be positive");
        }
        if (max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("max backoff must not be below the initial one");
        }
        if (multiplier < 1.0) {
            throw new IllegalArgumentException("multiplier must be 1 or more");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("max attempts must be 1 or more");
        }
    }

    /** The pause after the given failed try (1 = the first). */
    public Duration delayAfter(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1");
        }
        double millis = initial.toMillis() * Math.pow(multiplier, attempt - 1);
        if (Double.isInfinite(millis) || millis >= max.toMillis()) {
            return max;
        }
        return Duration.ofMillis(Math.round(millis));
    }

    /** Whether another try follows the given failed one. */
    public boolean retryAfter(int attempt) {
        return attempt < maxAttempts;
    }

    /** The pauses between all tries of one record (maxAttempts - 1 of them). */
    public List<Duration> schedule() {
        List<Duration> pauses = new ArrayList<>();
        for (int a = 1; a < maxAttempts; a++) {
            pauses.add(delayAfter(a));
        }
        return pauses;
    }

    public Duration totalPause() {
        return schedule().stream().reduce(Duration.ZERO, Duration::plus);
    }
}
