package org.quiztrainer.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginLimiterTest {
  /** A clock the test moves by hand. */
  static final class ManualClock extends Clock {
    Instant now = Instant.parse("2026-11-28T09:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final ManualClock clock = new ManualClock();
  private final LoginLimiter limiter = new LoginLimiter(clock);

  @Test
  void five_failures_for_an_email_block_it_for_fifteen_minutes() {
    for (int i = 0; i < 4; i++) {
      limiter.failed("ann@school.test", "10.0.0." + i);
    }
    assertThat(limiter.minutesToWait("ann@school.test", "10.0.0.9")).isZero();
    limiter.failed("ann@school.test", "10.0.0.5");
    assertThat(limiter.minutesToWait("ann@school.test", "10.0.0.9")).isEqualTo(15);
    clock.now = clock.now.plus(Duration.ofMinutes(10));
    assertThat(limiter.minutesToWait("ann@school.test", "10.0.0.9")).isEqualTo(5);
    clock.now = clock.now.plus(Duration.ofMinutes(5));
    assertThat(limiter.minutesToWait("ann@school.test", "10.0.0.9")).isZero();
  }

  @Test
  void other_emails_are_not_blocked_by_one_teachers_typos() {
    for (int i = 0; i < 5; i++) {
      limiter.failed("ann@school.test", "10.0.0.1");
    }
    assertThat(limiter.minutesToWait("bo@school.test", "10.0.0.1")).isZero();
  }

  @Test
  void one_address_guessing_many_emails_is_blocked_too() {
    for (int i = 0; i < 25; i++) {
      limiter.failed("user" + i + "@school.test", "10.0.0.1");
    }
    assertThat(limiter.minutesToWait("someone@school.test", "10.0.0.1")).isPositive();
    assertThat(limiter.minutesToWait("someone@school.test", "10.0.0.2")).isZero();
  }

  @Test
  void a_successful_login_clears_the_emails_failures() {
    for (int i = 0; i < 4; i++) {
      limiter.failed("ann@school.test", "10.0.0.1");
    }
    limiter.succeeded("ann@school.test");
    limiter.failed("ann@school.test", "10.0.0.1");
    assertThat(limiter.minutesToWait("ann@school.test", "10.0.0.1")).isZero();
  }
}
