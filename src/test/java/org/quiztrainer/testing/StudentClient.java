package org.quiztrainer.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** Drives the student API the way a script would: start an attempt, answer, read it back. */
public final class StudentClient {
  public static final String SEED = "belousov-pyongyang";
  private final TestApp app;
  private final String attemptId;
  private final String token;

  private StudentClient(TestApp app, String attemptId, String token) {
    this.app = app;
    this.attemptId = attemptId;
    this.token = token;
  }

  public static StudentClient startOn(TestApp app, String quizId, String name) {
    TestApp.Response r = app.postJson("/api/quizzes/" + quizId + "/attempts", Map.of("name", name));
    if (r.status() != 201) {
      throw new AssertionError("could not start attempt: " + r.status() + " " + r.body());
    }
    return new StudentClient(
        app, r.json().get("attemptId").asText(), r.json().get("token").asText());
  }

  public String attemptId() {
    return attemptId;
  }

  public String token() {
    return token;
  }

  public TestApp.Response answer(String questionId, String answer) {
    return app.postJson(
        "/api/attempts/" + attemptId + "/answers",
        Map.of("questionId", questionId, "answer", answer),
        "X-Attempt-Token",
        token);
  }

  public JsonNode report() {
    TestApp.Response r = app.get("/api/attempts/" + attemptId, "X-Attempt-Token", token);
    if (r.status() != 200) {
      throw new AssertionError("could not read attempt: " + r.status() + " " + r.body());
    }
    return r.json();
  }
}
