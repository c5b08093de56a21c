package org.quiztrainer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quiztrainer.testing.StudentClient.SEED;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quiztrainer.testing.StudentClient;
import org.quiztrainer.testing.TestApp;

/** Bad input gets a clear 4xx with a JSON message, stores nothing, and never a 500. */
class BadInputTest {
  private final TestApp app = TestApp.start();
  private final String attempts = "/api/quizzes/" + SEED + "/attempts";

  @AfterEach
  void stop() {
    app.close();
  }

  private void assertRefused(TestApp.Response r, int status) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.json().get("error").asText()).isNotBlank();
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\t\n"})
  void a_blank_name_is_400(String name) {
    assertRefused(app.postJson(attempts, Map.of("name", name)), 400);
  }

  @Test
  void a_name_over_forty_characters_is_400_but_forty_is_fine() {
    assertRefused(app.postJson(attempts, Map.of("name", "x".repeat(41))), 400);
    assertRefused(app.postJson(attempts, Map.of("name", "x".repeat(500))), 400);
    assertThat(app.postJson(attempts, Map.of("name", "x".repeat(40))).status()).isEqualTo(201);
  }

  @Test
  void a_name_with_control_characters_is_400() {
    assertRefused(app.postJson(attempts, Map.of("name", "Ada\u0000Bob")), 400);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{not json",
        "[]",
        "\"Ada\"",
        "null",
        "{\"name\": 5}",
        "{\"name\": [\"Ada\"]}",
        "{\"name\": null}",
        "{}"
      })
  void malformed_json_or_wrong_types_are_400(String body) {
    assertRefused(app.postJson(attempts, body), 400);
  }

  @Test
  void an_empty_body_is_400() {
    assertRefused(app.postBytes(attempts, new byte[0], "Content-Type", "application/json"), 400);
  }

  @Test
  void a_five_megabyte_body_is_413_before_any_of_it_is_read() {
    String response = app.announceBody(attempts, 5L * 1024 * 1024);
    assertThat(response).startsWith("HTTP/1.1 413");
    assertThat(response).contains("{\"error\":\"the request body is over 1 MB\"}");
  }

  @Test
  void binary_garbage_is_400() {
    byte[] junk = {(byte) 0xff, (byte) 0xd8, 0, 1, 2, 3, (byte) 0x80};
    assertRefused(app.postBytes(attempts, junk, "Content-Type", "application/json"), 400);
  }

  @Test
  void bad_answers_are_400_and_store_nothing() {
    StudentClient s = StudentClient.startOn(app, SEED, "Ada");
    String url = "/api/attempts/" + s.attemptId() + "/answers";
    String token = s.token();
    assertRefused(
        app.postJson(
            url, "{\"questionId\": \"airport-city\", \"answer\": 7}", "X-Attempt-Token", token),
        400);
    assertRefused(
        app.postJson(url, "{\"questionId\": \"airport-city\"}", "X-Attempt-Token", token), 400);
    assertRefused(
        app.postJson(url, "{\"questionId\": true, \"answer\": \"x\"}", "X-Attempt-Token", token),
        400);
    assertRefused(s.answer("airport-city", "   "), 400);
    assertRefused(s.answer("airport-city", "x".repeat(501)), 400);
    assertRefused(s.answer("airport-city", "Tokyo"), 400);
    assertRefused(s.answer("photos-source", "perhaps"), 400);
    assertRefused(s.answer("shoigu-successor", "Belo\u0007usov"), 400);
    assertRefused(app.postJson(url, "{oops", "X-Attempt-Token", token), 400);
    assertThat(s.report().get("answers")).isEmpty();
  }

  @Test
  void an_unknown_api_path_is_a_json_404() {
    assertRefused(app.get("/api/nothing-here"), 404);
  }

  @Test
  void a_wrong_method_is_a_4xx_not_a_500() {
    var r = app.postJson("/api/quizzes", Map.of());
    assertThat(r.status()).isBetween(400, 499);
  }
}
