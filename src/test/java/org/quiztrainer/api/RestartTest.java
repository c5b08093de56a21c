package org.quiztrainer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quiztrainer.testing.StudentClient.SEED;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiztrainer.testing.StudentClient;
import org.quiztrainer.testing.TestApp;

/** Restarting on the same data folder keeps everything and duplicates nothing. */
class RestartTest {
  @TempDir Path data;

  @Test
  void a_restart_keeps_attempts_and_never_duplicates_quizzes_or_questions() {
    String attemptId;
    String token;
    String quizBefore;
    try (TestApp first = TestApp.start(data, TestApp.SEED_QUESTIONS)) {
      StudentClient s = StudentClient.startOn(first, SEED, "Ada");
      s.answer("airport-city", "Pyongyang");
      attemptId = s.attemptId();
      token = s.token();
      quizBefore = first.get("/api/quizzes/" + SEED).body();
    }
    for (int restart = 0; restart < 2; restart++) {
      try (TestApp again = TestApp.start(data, TestApp.SEED_QUESTIONS)) {
        assertThat(again.get("/api/quizzes").json()).hasSize(2);
        assertThat(again.get("/api/quizzes/" + SEED).body()).isEqualTo(quizBefore);
        var report = again.get("/api/attempts/" + attemptId, "X-Attempt-Token", token).json();
        assertThat(report.get("score").asInt()).isEqualTo(1);
        assertThat(report.get("answers")).hasSize(1);
      }
    }
  }
}
