package org.quiztrainer.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quiztrainer.quiz.Question;
import org.quiztrainer.testing.LearnerClient;
import org.quiztrainer.testing.MovableClock;
import org.quiztrainer.testing.TestApp;

/** Self-study over real HTTP, on the real database, as a browser without JavaScript uses it. */
class SelfStudyPagesTest {
  private final MovableClock clock = new MovableClock();
  private final TestApp app = TestApp.start(clock);
  private final LearnerClient ada = new LearnerClient(app);

  @AfterEach
  void stop() {
    app.close();
  }

  private void nextDay() {
    clock.advance(Duration.ofDays(1));
  }

  private Map<String, Object> card() {
    return app.database()
        .withHandle(
            h ->
                h.createQuery("SELECT repetitions, interval_days, ease, due FROM review_card")
                    .mapToMap()
                    .one());
  }

  @Test
  void a_missed_question_becomes_a_card_due_tomorrow_that_comes_back_after_a_day() {
    String practice = ada.practise("hard");
    String answer = ada.answer(practice, false);
    String cited = ada.cite(answer, true).body();
    assertThat(cited).contains("✗ Not quite", "Evidence found", "back tomorrow", "<mark");
    assertThat(ada.page().get("/").body()).contains("No cards due for review today");

    nextDay();
    assertThat(ada.page().get("/").body()).contains("Review 1 card due");
    assertThat(ada.page().get("/study").body()).contains("id=\"due-count\">1<");
    String review = ada.answer("/study/review", true);
    assertThat(ada.cite(review, true).body()).contains("✓ Right", "back tomorrow");
    // SM-2 by hand: a miss takes the ease from 2.5 to 1.96 and starts over at one day; a right
    // answer (quality 4) on a fresh start keeps the ease and gives one day again.
    assertThat(card()).containsEntry("repetitions", 1).containsEntry("interval_days", 1);
    assertThat((Double) card().get("ease"))
        .isEqualTo(1.96, org.assertj.core.data.Offset.offset(1e-9));

    nextDay();
    String again = ada.answer("/study/review", true);
    assertThat(ada.cite(again, true).body()).contains("back in 6 days");
    assertThat(ada.page().get("/study").body()).contains("id=\"due-count\">0<");
    assertThat(ada.page().get("/study/review").header("location")).isEqualTo("/study#review");
  }

  @Test
  void a_right_answer_without_the_evidence_is_reviewed_and_one_with_it_is_not() {
    String practice = ada.practise("hard");
    String guessed = ada.answer(practice, true);
    assertThat(ada.cite(guessed, false).body())
        .contains("✓ Right", "Evidence not found", "back tomorrow");
    String proven = ada.answer(practice, true);
    assertThat(ada.cite(proven, true).body())
        .contains("Evidence found", "no review needed")
        .doesNotContain("back tomorrow");
    assertThat(app.count("review_card")).isEqualTo(1);
    assertThat(app.count("study_answer")).isEqualTo(2);
  }

  @Test
  void saying_you_cannot_find_the_evidence_counts_as_not_found() {
    String answer = ada.answer(ada.practise("hard"), true);
    var r = ada.cite(answer, Map.of("skip", "1"));
    assertThat(r.status()).isEqualTo(303);
    assertThat(ada.page().get(answer).body()).contains("Evidence not cited", "back tomorrow");
  }

  @Test
  void the_evidence_and_the_key_stay_hidden_until_the_learner_has_answered_and_cited() {
    String practice = ada.practise("hard");
    String question = ada.page().get(practice).body();
    Question q = LearnerClient.questionOn(question);
    assertThat(question).doesNotContain("<mark", "correct-answer", "From the article");
    String answer = ada.answer(practice, true);
    String citing = ada.page().get(answer).body();
    assertThat(citing)
        .contains("Cite the evidence", "name=\"sentence\"")
        .doesNotContain("<mark", "From the article", q.explanation());
    assertThat(ada.cite(answer, true).body()).contains("<mark", "From the article");
  }

  @Test
  void citing_twice_changes_nothing() {
    String answer = ada.answer(ada.practise("hard"), false);
    ada.cite(answer, true);
    String cardBefore = card().toString();
    var again = ada.cite(answer, Map.of("sentence", "0"));
    assertThat(again.status()).isEqualTo(303);
    assertThat(card().toString()).isEqualTo(cardBefore);
    assertThat(ada.page().get(answer).body()).contains("Evidence found");
  }

  @Test
  void each_tier_shows_its_kind_of_question() {
    String hard = ada.page().get(ada.practise("hard")).body();
    assertThat(hard)
        .contains("id=\"tier\">Hard<", "Type your answer")
        .doesNotContain("type=\"radio\"");
    String easy = ada.page().get(ada.practise("easy")).body();
    assertThat(easy).contains("id=\"tier\">Easy<", "type=\"radio\"");
    Question q = LearnerClient.questionOn(easy);
    assertThat(LearnerClient.choicesOn(easy)).contains(q.answer());
  }

  @Test
  void adaptive_practice_moves_up_after_two_right_answers_and_down_after_a_miss() {
    String practice = ada.practise("adaptive");
    StringBuilder tiers = new StringBuilder();
    boolean[] right = {true, true, false, true};
    for (boolean r : right) {
      String html = ada.page().get(practice).body();
      tiers.append(html.replaceAll("(?s).*id=\"tier\">([A-Za-z]+)<.*", "$1")).append(' ');
      ada.cite(ada.answer(practice, r), true);
    }
    assertThat(tiers.toString().strip()).isEqualTo("Easy Easy Medium Easy");
  }

  @Test
  void the_end_of_a_run_sums_up_answers_and_evidence() {
    String practice = ada.practise("hard");
    ada.cite(ada.answer(practice, true), true);
    ada.cite(ada.answer(practice, false), false);
    String summary = ada.page().get(practice + "/summary").body();
    assertThat(summary)
        .contains("You answered 2 of " + LearnerClient.SEED.questions().size())
        .contains("id=\"right-count\">1<", "id=\"found-count\">1<", "evidence not found");
  }

  @Test
  void the_progress_page_charts_accuracy_skills_evidence_and_load_with_tables() {
    String practice = ada.practise("hard");
    ada.cite(ada.answer(practice, true), true);
    ada.cite(ada.answer(practice, false), true);
    String progress = ada.page().get("/study/progress").body();
    assertThat(progress)
        .contains("id=\"answered\">2<", "id=\"right-percent\">50%<", "id=\"found-percent\">100%<")
        .contains("<svg id=\"time-chart\"", "<svg id=\"skills-chart\"", "<svg id=\"load-chart\"")
        .contains("id=\"time-table\"", "id=\"skills-table\"", "id=\"load-table\"")
        .contains("<th scope=\"row\">Tomorrow</th>".replace("Tomorrow", "Today"));
  }

  @Test
  void a_recovery_code_carries_the_history_to_another_browser() {
    ada.cite(ada.answer(ada.practise("hard"), false), true);
    String home = ada.page().post("/study/recovery-code", Map.of()).body();
    String code = home.replaceAll("(?s).*id=\"recovery-code\">([0-9A-Z-]+)<.*", "$1");
    assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
    assertThat(app.one("SELECT recovery_hash FROM learner", String.class))
        .as("only a hash is stored")
        .hasSize(64)
        .doesNotContain(code.replace("-", ""));

    LearnerClient phone = new LearnerClient(app);
    phone.page().get("/study/continue");
    var r =
        phone.page().post("/study/continue", Map.of("code", code.toLowerCase().replace("-", " ")));
    assertThat(r.status()).as(r.body()).isEqualTo(303);
    nextDay();
    assertThat(phone.page().get("/study").body())
        .contains("id=\"due-count\">1<", "defence minister arrives");
  }

  @Test
  void a_wrong_recovery_code_is_a_form_error_and_guessing_is_limited() {
    LearnerClient guesser = new LearnerClient(app);
    guesser.page().get("/study/continue");
    var garbage = guesser.page().post("/study/continue", Map.of("code", "<script>"));
    assertThat(garbage.status()).isEqualTo(400);
    assertThat(garbage.body()).contains("12 letters and digits").doesNotContain("<script>");
    var r = guesser.page().post("/study/continue", Map.of("code", "0000-0000-0000"));
    for (int i = 0; i < 12 && r.status() == 400; i++) {
      assertThat(r.body()).contains("No learner has that recovery code");
      r = guesser.page().post("/study/continue", Map.of("code", "0000-0000-000" + (i % 10)));
    }
    assertThat(r.status()).isEqualTo(429);
    assertThat(r.body()).contains("Too many wrong codes");
  }

  @Test
  void deleting_my_history_removes_every_row_of_it() {
    ada.cite(ada.answer(ada.practise("hard"), false), true);
    LearnerClient other = new LearnerClient(app);
    other.answer(other.practise("easy"), true);
    ada.page().post("/study/forget", Map.of());
    assertThat(app.count("learner")).isEqualTo(1);
    assertThat(app.count("study_answer")).isEqualTo(1);
    assertThat(app.count("review_card")).isZero();
    assertThat(ada.page().get("/study").body()).contains("no name or e-mail needed");
  }

  @Test
  void a_review_answered_but_not_yet_cited_is_not_asked_or_counted_again() {
    ada.cite(ada.answer(ada.practise("hard"), false), true);
    nextDay();
    String review = ada.answer("/study/review", true);
    assertThat(ada.page().get("/study/review").header("location")).isEqualTo(review);
    var again =
        ada.page()
            .post(
                "/study/review/answers",
                Map.of(
                    "quizId",
                    LearnerClient.SEED_QUIZ,
                    "questionId",
                    LearnerClient.questionAnswered(ada.page().get(review).body()).id(),
                    "answer",
                    "something else"));
    assertThat(again.header("location")).isEqualTo(review);
    assertThat(app.count("study_answer")).isEqualTo(2);
  }
}
