package org.quiztrainer.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quiztrainer.testing.LearnerClient;
import org.quiztrainer.testing.MovableClock;
import org.quiztrainer.testing.PageSession;
import org.quiztrainer.testing.TestApp;

/**
 * One learner never sees, changes or answers for another; a browser without a learner sees no one.
 */
class LearnerIsolationTest {
  private final MovableClock clock = new MovableClock();
  private final TestApp app = TestApp.start(clock);
  private final LearnerClient ada = new LearnerClient(app);
  private final LearnerClient bob = new LearnerClient(app);
  private String practice;
  private String answer;

  @AfterEach
  void stop() {
    app.close();
  }

  private void adaHasHistory() {
    practice = ada.practise("hard");
    answer = ada.answer(practice, false);
    ada.cite(answer, true);
    ada.answer(practice, true); // not yet cited
    clock.advance(Duration.ofDays(1));
    bob.practise("easy"); // bob is a learner too
  }

  @Test
  void another_learners_practice_and_answers_are_not_found() {
    adaHasHistory();
    for (String path : new String[] {practice, practice + "/summary", answer}) {
      var r = bob.page().get(path);
      assertThat(r.status()).as(path).isEqualTo(404);
      assertThat(r.body()).doesNotContain("Belousov");
    }
  }

  @Test
  void another_learner_can_neither_answer_in_nor_cite_for_anothers_practice() {
    adaHasHistory();
    int answers = app.count("study_answer");
    var answered =
        bob.page()
            .post(
                practice + "/answers",
                Map.of("questionId", "belousov-job", "answer", "defence minister"));
    assertThat(answered.status()).isEqualTo(404);
    String pending =
        app.one("SELECT id FROM study_answer WHERE evidence_found IS NULL", String.class);
    var cited = bob.cite("/study/answers/" + pending, Map.of("sentence", "0"));
    assertThat(cited.status()).isEqualTo(404);
    assertThat(app.count("study_answer")).isEqualTo(answers);
    assertThat(
            app.one(
                "SELECT COUNT(*) FROM study_answer WHERE evidence_found IS NULL", Integer.class))
        .isEqualTo(1);
  }

  @Test
  void another_learners_due_cards_are_neither_shown_nor_answerable() {
    adaHasHistory();
    assertThat(ada.page().get("/study").body()).contains("id=\"due-count\">1<");
    assertThat(bob.page().get("/study").body()).contains("id=\"due-count\">0<");
    assertThat(bob.page().get("/study/review").header("location")).isEqualTo("/study#review");
    String adasQuestion = app.one("SELECT question_id FROM review_card", String.class);
    var r =
        bob.page()
            .post(
                "/study/review/answers",
                Map.of(
                    "quizId", LearnerClient.SEED_QUIZ, "questionId", adasQuestion, "answer", "x"));
    assertThat(r.status()).isEqualTo(404);
  }

  @Test
  void progress_and_the_home_page_show_only_ones_own_figures() {
    adaHasHistory();
    assertThat(ada.page().get("/study/progress").body()).contains("id=\"answered\">2<");
    assertThat(bob.page().get("/study/progress").body()).contains("id=\"answered\">0<");
    assertThat(ada.page().get("/").body()).contains("Review 1 card due");
    assertThat(bob.page().get("/").body()).contains("No cards due");
  }

  @Test
  void a_browser_that_never_studied_sees_no_one_and_makes_no_learner() {
    adaHasHistory();
    PageSession stranger = new PageSession(app);
    int learners = app.count("learner");
    assertThat(stranger.get("/study").body()).contains("no name or e-mail needed");
    assertThat(stranger.get("/study/progress").body()).contains("id=\"answered\">0<");
    assertThat(stranger.get("/").body()).doesNotContain("Your self-study");
    assertThat(stranger.get(practice).status()).isEqualTo(404);
    assertThat(app.count("learner")).isEqualTo(learners);
  }

  @Test
  void a_forged_learner_cookie_is_no_one() {
    adaHasHistory();
    PageSession forger = new PageSession(app);
    forger.setCookie("qt_learner", "not-a-real-token");
    assertThat(forger.get(practice).status()).isEqualTo(404);
    assertThat(forger.get("/study/progress").body()).contains("id=\"answered\">0<");
  }
}
