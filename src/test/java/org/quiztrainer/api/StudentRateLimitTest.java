package org.quiztrainer.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quiztrainer.testing.MovableClock;
import org.quiztrainer.testing.StudentClient;
import org.quiztrainer.testing.TestApp;

/** Attempt starts per address and answers per attempt are limited, with a clear 429. */
class StudentRateLimitTest {
  private final MovableClock clock = new MovableClock();
  private final TestApp app = TestApp.start(clock);

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void hammering_one_attempt_with_answers_gets_429_until_a_minute_passes() {
    StudentClient ada = StudentClient.startOn(app, StudentClient.SEED, "Ada");
    TestApp.Response r = ada.answer("belousov-job", "Russia's defence minister");
    int sent = 1;
    while (r.status() == 200 && sent < 500) {
      r = ada.answer("belousov-job", "Russia's defence minister"); // idempotent repeats
      sent++;
    }
    assertThat(sent).isEqualTo(121);
    assertThat(r.status()).isEqualTo(429);
    assertThat(r.json().get("error").asText()).contains("too many answers");
    StudentClient bob = StudentClient.startOn(app, StudentClient.SEED, "Bob");
    assertThat(bob.answer("belousov-job", "Russia's defence minister").status())
        .as("another attempt is not held up")
        .isEqualTo(200);
    clock.advance(Duration.ofSeconds(61));
    assertThat(ada.answer("belousov-job", "Russia's defence minister").status()).isEqualTo(200);
  }

  @Test
  void starting_attempts_without_end_from_one_address_gets_429() {
    int status = 201;
    int started = 0;
    while (status == 201 && started < 1000) {
      status =
          app.postJson(
                  "/api/quizzes/" + StudentClient.SEED + "/attempts", Map.of("name", "S" + started))
              .status();
      started++;
    }
    assertThat(started).isEqualTo(601);
    assertThat(status).isEqualTo(429);
    clock.advance(Duration.ofSeconds(61));
    assertThat(
            app.postJson("/api/quizzes/" + StudentClient.SEED + "/attempts", Map.of("name", "Late"))
                .status())
        .isEqualTo(201);
  }
}
