package dk.partnerskab.common.http;

import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.ProblemKey;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How often one caller may use the expensive operations: reading a file of values, storing an
 * upload, fetching a calendar feed. Each caller has a bucket per kind that refills evenly over the
 * period; an empty bucket answers 429 with the seconds until the next use in Retry-After. The
 * buckets live in this instance of the API: behind several instances a caller gets that many
 * times the allowance, which still bounds what one caller can make the service do.
 */
@ApplicationScoped
public class RateLimits {

    /** The limited kinds of operation. */
    public enum Kind {
        IMPORT,
        UPLOAD,
        CALENDAR_FEED
    }

    @ConfigMapping(prefix = "partnerskab.rate-limit")
    public interface Config {
        /** Imports (previews too) per caller per period. */
        @WithDefault("30")
        int imports();

        /** Uploads of documents, attachments and reports per caller per period. */
        @WithDefault("60")
        int uploads();

        /** Fetches of one calendar feed per period; calendar programs poll every 15 minutes or more. */
        @WithDefault("60")
        int calendarFeed();

        @WithDefault("10M")
        Duration period();
    }

    /** Beyond this many callers, buckets left full are dropped: they hold nothing worth keeping. */
    private static final int TIDY_ABOVE = 10_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong lastTidy = new AtomicLong();
    private final Config config;
    private final Clock clock;

    public RateLimits(Config config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /**
     * Takes one use of {@code kind} for {@code caller}.
     *
     * @throws RateLimitExceeded when the caller's allowance is used up for now
     */
    public void take(Kind kind, String caller) {
        int allowance = allowance(kind);
        double perNano = allowance / (double) config.period().toNanos();
        long now = clock.millis() * 1_000_000L;
        tidy(now);
        long wait = buckets.computeIfAbsent(kind + "|" + caller, k -> new Bucket(allowance, now))
                .take(now, allowance, perNano);
        if (wait > 0) {
            long seconds = Math.max(1, (wait + 999_999_999L) / 1_000_000_000L);
            throw new RateLimitExceeded(
                    "You have used this " + allowance + " times in " + describe(config.period()) + "; try again in "
                            + seconds + " seconds.",
                    seconds);
        }
    }

    /**
     * Drops the buckets that have filled up again, at most once a period: a scan on every request
     * would cost each caller the count of all the others.
     */
    private void tidy(long now) {
        long last = lastTidy.get();
        if (buckets.size() <= TIDY_ABOVE
                || now - last < config.period().toNanos()
                || !lastTidy.compareAndSet(last, now)) {
            return;
        }
        buckets.entrySet().removeIf(e -> e.getValue().fullAt(now, allowance(e.getKey()), perNano(e.getKey())));
    }

    private int allowance(String key) {
        return allowance(Kind.valueOf(key.substring(0, key.indexOf('|'))));
    }

    private double perNano(String key) {
        return allowance(key) / (double) config.period().toNanos();
    }

    private int allowance(Kind kind) {
        return switch (kind) {
            case IMPORT -> config.imports();
            case UPLOAD -> config.uploads();
            case CALENDAR_FEED -> config.calendarFeed();
        };
    }

    private static String describe(Duration period) {
        return period.toMinutes() >= 1 ? period.toMinutes() + " minutes" : period.toSeconds() + " seconds";
    }

    /** Tokens that refill evenly; synchronised per caller, so callers do not wait for each other. */
    private static final class Bucket {
        private double tokens;
        private long at;

        Bucket(int allowance, long now) {
            this.tokens = allowance;
            this.at = now;
        }

        /** @return 0 when a token was taken, else the nanoseconds until one is there */
        synchronized long take(long now, int allowance, double perNano) {
            refill(now, allowance, perNano);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perNano);
        }

        synchronized boolean fullAt(long now, int allowance, double perNano) {
            refill(now, allowance, perNano);
            return tokens >= allowance;
        }

        private void refill(long now, int allowance, double perNano) {
            tokens = Math.min(allowance, tokens + Math.max(0, now - at) * perNano);
            at = now;
        }
    }

    /** 429 with the seconds to wait. */
    public static final class RateLimitExceeded extends ProblemException {
        private final long retryAfterSeconds;

        RateLimitExceeded(String detail, long retryAfterSeconds) {
            super(ProblemKey.TOO_MANY_REQUESTS, detail);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
