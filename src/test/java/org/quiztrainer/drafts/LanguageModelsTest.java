package org.quiztrainer.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quiztrainer.generate.QuestionGenerator;
import org.quiztrainer.nlp.Pipeline;
import org.quiztrainer.testing.PageSession;
import org.quiztrainer.testing.TeacherClient;
import org.quiztrainer.testing.TestApp;

/**
 * The app and the language models: it serves everyone at once however long the models take, loads
 * them only when a teacher needs them, and shows a teacher who pastes an article while they load
 * how far the draft has got instead of an error.
 */
class LanguageModelsTest {
  @Test
  void the_app_serves_health_and_the_seed_quiz_at_once_without_loading_the_models() {
    Pipeline pipeline = Pipeline.english(Clock.systemUTC());
    long start = System.nanoTime();
    try (TestApp app = TestApp.startWith(new QuestionGenerator(pipeline))) {
      assertThat(app.get("/health").status()).isEqualTo(200);
      assertThat(app.get("/api/quizzes/belousov-pyongyang").status()).isEqualTo(200);
      var companion = app.get("/api/quizzes/belousov-pyongyang-generated");
      assertThat(companion.status()).isEqualTo(200);
      assertThat(companion.json().get("questions").size()).isEqualTo(Drafter.SIZE);
      assertThat(app.get("/quizzes/belousov-pyongyang").status()).isEqualTo(200);
      double seconds = (System.nanoTime() - start) / 1e9;
      assertThat(seconds).as("started and served in %.1f s", seconds).isLessThan(5);
      assertThat(pipeline.status().state())
          .as("nothing needed the models: a live-session node never loads them")
          .isEqualTo(Pipeline.State.NOT_STARTED);
    }
  }

  @Test
  @Tag("nlp")
  void a_teacher_pasting_while_the_models_load_watches_the_draft_being_made() {
    Pipeline pipeline = Pipeline.english(Clock.systemUTC());
    try (TestApp app = TestApp.startWith(new QuestionGenerator(pipeline))) {
      TeacherClient.newTeacher(app, "Ann");
      PageSession ann = PageSession.signedIn(app, "ann@school.test", "ann-password-1");
      assertThat(ann.get("/teach/articles/new").status()).isEqualTo(200);
      assertThat(pipeline.status().state())
          .as("opening the form starts loading the models")
          .isIn(Pipeline.State.LOADING, Pipeline.State.READY);
      var r =
          ann.post(
              "/teach/articles",
              java.util.Map.of("title", "", "source", "AP", "text", TeacherClient.SEED_ARTICLE));
      assertThat(r.status()).isEqualTo(303);
      String location = r.header("location");
      String quizId = location.substring("/teach/quizzes/".length(), location.indexOf('?'));
      String page = ann.get(location).body();
      if (pipeline.status().state() != Pipeline.State.READY) {
        assertThat(page)
            .contains("Drafting questions", "language models")
            .doesNotContain("could not");
      }
      ann.awaitDrafted(quizId);
      String review = ann.get(location).body();
      assertThat(review).contains("Drafted ", "Chosen for: ");
      assertThat(pipeline.status().state()).isEqualTo(Pipeline.State.READY);
    }
  }
}
