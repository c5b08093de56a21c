package org.quiztrainer.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

/** Counts events per key over a sliding window, in memory, for rate limits. */
public final class WindowCounter {
  private static final int MAX_KEYS = 100_000;

  private final Clock clock;
  private final Duration window;
  private final int limit;
  private final ConcurrentHashMap<String, Deque<Instant>> events = new ConcurrentHashMap<>();

  public WindowCounter(Clock clock, Duration window, int limit) {
    this.clock = clock;
    this.window = window;
    this.limit = limit;
  }

  /** Whether the key has reached its limit in the window, without counting anything. */
  public boolean atLimit(String key) {
    Instant now = clock.instant();
    Deque<Instant> t = events.get(key);
    if (t == null) {
      return false;
    }
    synchronized (t) {
      return t.stream().filter(i -> i.plus(window).isAfter(now)).count() >= limit;
    }
  }

  /** Counts one event for the key; false if the key is already at its limit in the window. */
  public boolean tryAcquire(String key) {
    if (events.size() > MAX_KEYS) {
      events.clear(); // a flood of made-up keys must not exhaust memory
    }
    Instant now = clock.instant();
    boolean[] allowed = {false};
    events.compute(
        key,
        (k, times) -> {
          Deque<Instant> t = times == null ? new ArrayDeque<>() : times;
          synchronized (t) {
            while (!t.isEmpty() && !t.peekFirst().plus(window).isAfter(now)) {
              t.removeFirst();
            }
            if (t.size() < limit) {
              t.addLast(now);
              allowed[0] = true;
            }
          }
          return t;
        });
    return allowed[0];
  }
}
