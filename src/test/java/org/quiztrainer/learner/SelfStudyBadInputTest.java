package org.quiztrainer.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quiztrainer.testing.LearnerClient;
import org.quiztrainer.testing.TestApp;

/** Bad input to self-study gets a friendly 4xx page and stores nothing. */
class SelfStudyBadInputTest {
  private final TestApp app = TestApp.start();
  private final LearnerClient ada = new LearnerClient(app);

  @AfterEach
  void stop() {
    app.close();
  }

  private String questionId(String practice) {
    return LearnerClient.questionOn(ada.page().get(practice).body()).id();
  }

  @Test
  void a_blank_or_overlong_answer_is_a_form_error_and_nothing_is_stored() {
    String practice = ada.practise("hard");
    String id = questionId(practice);
    var blank = ada.page().post(practice + "/answers", Map.of("questionId", id, "answer", "  "));
    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.body()).contains("Please give an answer first.", "name=\"questionId\"");
    var huge =
        ada.page().post(practice + "/answers", Map.of("questionId", id, "answer", "x".repeat(501)));
    assertThat(huge.status()).isEqualTo(400);
    assertThat(huge.body()).contains("at most 500 characters");
    assertThat(app.count("study_answer")).isZero();
  }

  @Test
  void an_answer_that_is_not_one_of_the_choices_is_a_form_error() {
    String practice = ada.practise("easy");
    String id = questionId(practice);
    var r = ada.page().post(practice + "/answers", Map.of("questionId", id, "answer", "Atlantis"));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body()).contains("one of the choices");
    assertThat(app.count("study_answer")).isZero();
  }

  @Test
  void citations_outside_the_article_are_form_errors_and_change_nothing() {
    String answer = ada.answer(ada.practise("hard"), false);
    for (Map<String, String> form :
        new Map[] {
          Map.of("sentence", "abc"),
          Map.of("sentence", "999"),
          Map.of("sentence", "-1"),
          Map.of("start", "5", "end", "5"),
          Map.of("start", "0", "end", "999999"),
          Map.of("start", "10"),
          Map.of()
        }) {
      var r = ada.cite(answer, form);
      assertThat(r.status()).as(form.toString()).isEqualTo(400);
      assertThat(r.body()).contains("Cite the evidence").doesNotContain("Exception");
    }
    assertThat(app.count("review_card")).isZero();
    assertThat(ada.page().get(answer).body()).contains("Cite the evidence");
  }

  @Test
  void a_selection_of_the_evidence_counts_as_found() {
    String answer = ada.answer(ada.practise("hard"), true);
    var q = LearnerClient.questionAnswered(ada.page().get(answer).body());
    var r =
        ada.cite(
            answer,
            Map.of(
                "start",
                "" + q.evidence().start(),
                "end",
                "" + q.evidence().end(),
                "selection",
                "1"));
    assertThat(r.status()).isEqualTo(303);
    assertThat(ada.page().get(answer).body()).contains("Evidence found");
  }

  @Test
  void unknown_quizzes_practices_and_answers_are_not_found() {
    ada.practise("hard");
    assertThat(ada.page().post("/study/quizzes/no-such-quiz/practice", Map.of()).status())
        .isEqualTo(404);
    assertThat(ada.page().get("/study/practice/no-such-practice").status()).isEqualTo(404);
    assertThat(ada.page().get("/study/answers/no-such-answer").status()).isEqualTo(404);
    assertThat(ada.page().post("/study/practice/nope/answers", Map.of("answer", "x")).status())
        .isEqualTo(404);
  }

  @Test
  void an_unknown_mode_or_question_is_a_bad_request() {
    ada.page().get("/quizzes/" + LearnerClient.SEED_QUIZ);
    var mode =
        ada.page()
            .post(
                "/study/quizzes/" + LearnerClient.SEED_QUIZ + "/practice",
                Map.of("mode", "insane"));
    assertThat(mode.status()).isEqualTo(400);
    assertThat(mode.body()).contains("easy, medium, hard or adaptive");
    String practice = ada.practise("hard");
    var question =
        ada.page().post(practice + "/answers", Map.of("questionId", "nope", "answer", "x"));
    assertThat(question.status()).isEqualTo(400);
    assertThat(app.count("study_answer")).isZero();
  }

  @Test
  void a_form_without_its_csrf_token_is_refused() {
    String practice = ada.practise("hard");
    var r =
        ada.page()
            .postRaw(
                practice + "/answers", Map.of("questionId", questionId(practice), "answer", "x"));
    assertThat(r.status()).isEqualTo(403);
    assertThat(app.count("study_answer")).isZero();
  }

  @Test
  void the_learner_cookie_is_http_only_and_same_site() {
    ada.page().get("/quizzes/" + LearnerClient.SEED_QUIZ);
    var r =
        ada.page()
            .post(
                "/study/quizzes/" + LearnerClient.SEED_QUIZ + "/practice", Map.of("mode", "hard"));
    String cookie =
        r.headers().entrySet().stream()
            .filter(e -> e.getKey().equalsIgnoreCase("set-cookie"))
            .flatMap(e -> e.getValue().stream())
            .filter(c -> c.startsWith("qt_learner="))
            .findFirst()
            .orElseThrow();
    assertThat(cookie).contains("HttpOnly", "SameSite=Lax");
    String token = cookie.substring("qt_learner=".length(), cookie.indexOf(';'));
    assertThat(app.one("SELECT token_hash FROM learner_device", String.class))
        .as("only the token's hash is stored")
        .isNotEqualTo(token)
        .hasSize(64);
  }
}
