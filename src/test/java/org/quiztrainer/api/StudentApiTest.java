package org.quiztrainer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quiztrainer.testing.StudentClient.SEED;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quiztrainer.testing.StudentClient;
import org.quiztrainer.testing.TestApp;

/** Every rule of API.md section 3, through the real app and HTTP. */
class StudentApiTest {
  private final TestApp app = TestApp.start();

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void health_says_ok_while_the_database_answers() {
    var r = app.get("/health");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("status").asText()).isEqualTo("ok");
  }

  @Test
  void the_quiz_list_shows_the_seed_quiz_and_its_generated_companion() {
    JsonNode list = app.get("/api/quizzes").json();
    assertThat(list).hasSize(2);
    assertThat(list.get(0).get("id").asText()).isEqualTo(SEED);
    assertThat(list.get(1).get("id").asText()).isEqualTo(SEED + "-generated");
    assertThat(list.get(1).get("questionCount").asInt()).isEqualTo(30);
    assertThat(list.get(0).get("title").asText())
        .isEqualTo("Russia's defence minister arrives in North Korea");
    assertThat(list.get(0).get("questionCount").asInt()).isEqualTo(28);
  }

  @Test
  void a_quiz_holds_its_article_and_questions_but_never_an_answer_key() {
    var r = app.get("/api/quizzes/" + SEED);
    assertThat(r.status()).isEqualTo(200);
    JsonNode quiz = r.json();
    assertThat(quiz.get("article").get("text").asText()).startsWith("RUSSIAN Defence Minister");
    assertThat(quiz.get("article").get("source").asText()).isEqualTo("AP");
    for (JsonNode q : quiz.get("questions")) {
      assertThat(q.fieldNames())
          .toIterable()
          .containsAnyOf("id")
          .doesNotContain(
              "answer", "acceptedAnswers", "correctAnswer", "explanation", "evidence", "correct");
      assertThat(q.has("choices"))
          .isEqualTo(q.get("type").asText().matches("multiple_choice|true_false"));
    }
    assertThat(r.body()).doesNotContain("former economist\",").doesNotContain("explanation");
  }

  @Test
  void an_unknown_quiz_is_404_with_a_message() {
    var r = app.get("/api/quizzes/nope");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.json().get("error").asText()).contains("nope");
  }

  @Test
  void starting_an_attempt_returns_its_id_and_a_token() {
    var r = app.postJson("/api/quizzes/" + SEED + "/attempts", Map.of("name", "  Ada  "));
    assertThat(r.status()).isEqualTo(201);
    assertThat(r.json().get("attemptId").asText()).isNotBlank();
    assertThat(r.json().get("token").asText()).hasSizeGreaterThan(20);
  }

  @Test
  void a_right_answer_returns_the_key_and_the_evidence_from_the_article() {
    StudentClient s = StudentClient.startOn(app, SEED, "Ada");
    var r = s.answer("shoigu-successor", "andrei belousov.");
    assertThat(r.status()).isEqualTo(200);
    JsonNode body = r.json();
    assertThat(body.get("correct").asBoolean()).isTrue();
    assertThat(body.get("correctAnswer").asText()).isEqualTo("Andrei Belousov");
    String text = app.get("/api/quizzes/" + SEED).json().get("article").get("text").asText();
    JsonNode e = body.get("evidence");
    assertThat(text.substring(e.get("start").asInt(), e.get("end").asInt()))
        .isEqualTo(e.get("text").asText())
        .contains("Shoigu");
  }

  @Test
  void numeric_answers_accept_words() {
    StudentClient s = StudentClient.startOn(app, SEED, "Ada");
    assertThat(s.answer("troop-number", "ten thousand").json().get("correct").asBoolean()).isTrue();
  }

  @Test
  void sending_the_same_answer_again_repeats_the_result_and_counts_once() {
    StudentClient s = StudentClient.startOn(app, SEED, "Ada");
    var first = s.answer("airport-city", "Pyongyang");
    var again = s.answer("airport-city", "Pyongyang");
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(first.body());
    JsonNode report = s.report();
    assertThat(report.get("answers")).hasSize(1);
    assertThat(report.get("score").asInt()).isEqualTo(1);
  }

  @Test
  void a_different_answer_to_an_answered_question_is_409_and_changes_nothing() {
    StudentClient s = StudentClient.startOn(app, SEED, "Ada");
    s.answer("airport-city", "Seoul");
    var r = s.answer("airport-city", "Pyongyang");
    assertThat(r.status()).isEqualTo(409);
    assertThat(r.json().get("error").asText()).contains("already answered");
    assertThat(s.report().get("score").asInt()).isZero();
  }

  @Test
  void a_wrong_or_missing_token_is_403() {
    StudentClient s = StudentClient.startOn(app, SEED, "Ada");
    String url = "/api/attempts/" + s.attemptId() + "/answers";
    var body = Map.of("questionId", "airport-city", "answer", "Seoul");
    assertThat(app.postJson(url, body, "X-Attempt-Token", "wrong").status()).isEqualTo(403);
    assertThat(app.postJson(url, body).status()).isEqualTo(403);
    assertThat(app.get("/api/attempts/" + s.attemptId(), "X-Attempt-Token", "wrong").status())
        .isEqualTo(403);
    assertThat(s.report().get("answers")).isEmpty();
  }

  @Test
  void a_token_of_another_attempt_is_403() {
    StudentClient a = StudentClient.startOn(app, SEED, "Ada");
    StudentClient b = StudentClient.startOn(app, SEED, "Bob");
    var r = app.get("/api/attempts/" + a.attemptId(), "X-Attempt-Token", b.token());
    assertThat(r.status()).isEqualTo(403);
  }

  @Test
  void an_unknown_attempt_is_404() {
    StudentClient s = StudentClient.startOn(app, SEED, "Ada");
    var r =
        app.postJson(
            "/api/attempts/no-such/answers",
            Map.of("questionId", "airport-city", "answer", "x"),
            "X-Attempt-Token",
            s.token());
    assertThat(r.status()).isEqualTo(404);
    assertThat(app.get("/api/attempts/no-such", "X-Attempt-Token", s.token()).status())
        .isEqualTo(404);
  }

  @Test
  void an_unknown_question_is_400() {
    StudentClient s = StudentClient.startOn(app, SEED, "Ada");
    var r = s.answer("no-such-question", "x");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("error").asText()).contains("no-such-question");
  }

  @Test
  void the_attempt_report_lists_answers_with_score_and_total() {
    StudentClient s = StudentClient.startOn(app, SEED, "Ada Lovelace");
    s.answer("airport-city", "Pyongyang");
    s.answer("photos-source", "true");
    s.answer("troop-number", "10000");
    JsonNode r = s.report();
    assertThat(r.get("attemptId").asText()).isEqualTo(s.attemptId());
    assertThat(r.get("quizId").asText()).isEqualTo(SEED);
    assertThat(r.get("name").asText()).isEqualTo("Ada Lovelace");
    assertThat(r.get("score").asInt()).isEqualTo(2);
    assertThat(r.get("total").asInt()).isEqualTo(28);
    assertThat(r.get("answers")).hasSize(3);
    assertThat(r.get("answers").get(1).get("questionId").asText()).isNotBlank();
  }

  @Test
  void answering_every_question_with_its_key_scores_full_marks() {
    StudentClient s = StudentClient.startOn(app, SEED, "Ada");
    StudentClient probe = StudentClient.startOn(app, SEED, "Probe");
    for (JsonNode q : app.get("/api/quizzes/" + SEED).json().get("questions")) {
      String guess = q.has("choices") ? q.get("choices").get(0).asText() : "x";
      String key = probe.answer(q.get("id").asText(), guess).json().get("correctAnswer").asText();
      assertThat(s.answer(q.get("id").asText(), key).json().get("correct").asBoolean())
          .as(q.toString())
          .isTrue();
    }
    assertThat(s.report().get("score").asInt()).isEqualTo(28);
  }
}
