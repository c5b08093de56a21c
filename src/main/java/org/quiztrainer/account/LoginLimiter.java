package org.quiztrainer.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@link #MAX_FAILURES} failed logins for one email, or five times
 * as many from one address (a school shares one), further tries are refused until the oldest
 * failure is {@link #WINDOW} old. Kept in memory: a restart forgets it, which costs an attacker
 * little compared with what the limit saves.
 */
public final class LoginLimiter {
  static final int MAX_FAILURES = 5;
  static final Duration WINDOW = Duration.ofMinutes(15);
  private static final int MAX_KEYS = 100_000;

  private final Clock clock;
  private final ConcurrentHashMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  public LoginLimiter(Clock clock) {
    this.clock = clock;
  }

  /** Minutes to wait before trying again, or 0 if this login may be tried now. */
  public long minutesToWait(String email, String address) {
    Instant now = clock.instant();
    Instant byEmail = blockedUntil("e:" + email, MAX_FAILURES, now);
    Instant byAddress = blockedUntil("a:" + address, MAX_FAILURES * 5, now);
    Instant until = byEmail.isAfter(byAddress) ? byEmail : byAddress;
    if (!until.isAfter(now)) {
      return 0;
    }
    return Math.max(1, (Duration.between(now, until).toSeconds() + 59) / 60);
  }

  public void failed(String email, String address) {
    if (failures.size() > MAX_KEYS) {
      failures.clear(); // a flood of made-up emails must not exhaust memory
    }
    Instant now = clock.instant();
    record("e:" + email, now);
    record("a:" + address, now);
  }

  public void succeeded(String email) {
    failures.remove("e:" + email);
  }

  private void record(String key, Instant now) {
    failures.compute(
        key,
        (k, times) -> {
          Deque<Instant> t = times == null ? new ArrayDeque<>() : times;
          synchronized (t) {
            prune(t, now);
            t.addLast(now);
          }
          return t;
        });
  }

  private Instant blockedUntil(String key, int max, Instant now) {
    Deque<Instant> times = failures.get(key);
    if (times == null) {
      return Instant.MIN;
    }
    synchronized (times) {
      prune(times, now);
      return times.size() >= max ? times.peekFirst().plus(WINDOW) : Instant.MIN;
    }
  }

  private static void prune(Deque<Instant> times, Instant now) {
    synchronized (times) {
      while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
        times.removeFirst();
      }
    }
  }
}
