package org.quiztrainer.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quiztrainer.testing.StudentClient;
import org.quiztrainer.testing.TeacherClient;
import org.quiztrainer.testing.TestApp;

/** Needs the language models: runs in the suite's "nlp" JVM, which loads them once. */
@Tag("nlp")
class ArticleApiTest {
  private final TestApp app = TestApp.start();
  private final TeacherClient ann = TeacherClient.newTeacher(app, "Ann");

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void posting_an_article_stores_it_and_returns_a_draft_of_generated_questions_with_evidence() {
    var r =
        ann.post(
            "/api/articles",
            Map.of("title", "Belousov", "text", TeacherClient.SEED_ARTICLE, "source", "AP"));
    assertThat(r.status()).isEqualTo(201);
    JsonNode body = r.json();
    assertThat(body.get("articleId").asText()).isNotBlank();
    JsonNode questions = body.get("questions");
    assertThat(questions.size()).isBetween(15, 40);
    for (JsonNode q : questions) {
      assertThat(q.get("id").asText()).isNotBlank();
      assertThat(q.get("answer").asText()).isNotBlank();
      JsonNode e = q.get("evidence");
      assertThat(TeacherClient.SEED_ARTICLE.substring(e.get("start").asInt(), e.get("end").asInt()))
          .isEqualTo(e.get("text").asText());
    }
    assertThat(questions.findValuesAsText("prompt"))
        .anyMatch(p -> p.startsWith("Who replaced Sergei Shoigu as defence minister"));
  }

  @Test
  void a_draft_is_invisible_to_students_until_published() {
    String quizId = ann.draftSeedQuiz("Draft");
    assertThat(app.get("/api/quizzes").json().findValuesAsText("id")).doesNotContain(quizId);
    assertThat(app.get("/api/quizzes/" + quizId).status()).isEqualTo(404);
    assertThat(app.postJson("/api/quizzes/" + quizId + "/attempts", Map.of("name", "Eve")).status())
        .isEqualTo(404);

    assertThat(ann.post("/api/quizzes/" + quizId + "/publish", "").status()).isEqualTo(200);
    assertThat(app.get("/api/quizzes").json().findValuesAsText("id")).contains(quizId);
    StudentClient student = StudentClient.startOn(app, quizId, "Eve");
    JsonNode quiz = app.get("/api/quizzes/" + quizId).json();
    JsonNode firstQuestion = quiz.get("questions").get(0);
    String first = firstQuestion.get("id").asText();
    String any =
        firstQuestion.has("choices") ? firstQuestion.get("choices").get(0).asText() : "anything";
    assertThat(student.answer(first, any).status()).isEqualTo(200);

    assertThat(ann.post("/api/quizzes/" + quizId + "/unpublish", "").status()).isEqualTo(200);
    assertThat(app.get("/api/quizzes/" + quizId).status()).isEqualTo(404);
  }

  @Test
  void the_title_defaults_to_the_articles_first_line() {
    var r =
        ann.post(
            "/api/articles",
            Map.of(
                "text",
                "Cats purr\n\nCats purr when they are happy, said Dr Ann Smith on Monday."));
    assertThat(r.status()).isEqualTo(201);
    assertThat(ann.full(r.json().get("quizId").asText()).get("title").asText())
        .isEqualTo("Cats purr");
  }

  @Test
  void bad_articles_are_refused_with_clear_messages_and_nothing_is_stored() {
    assertThat(
            ann.post("/api/articles", Map.of("title", "x", "text", "   "))
                .json()
                .get("error")
                .asText())
        .contains("the article is empty");
    assertThat(ann.post("/api/articles", Map.of("title", "x")).status()).isEqualTo(400);
    assertThat(ann.post("/api/articles", Map.of("title", "x", "text", 42)).status()).isEqualTo(400);
    assertThat(
            ann.post("/api/articles", Map.of("title", "x", "text", "bin\u0000ary\u0001"))
                .json()
                .get("error")
                .asText())
        .isEqualTo("the article is not plain text");
    var huge = ann.post("/api/articles", Map.of("title", "x", "text", "word ".repeat(45_000)));
    assertThat(huge.status()).isEqualTo(413);
    assertThat(huge.json().get("error").asText()).contains("over 200 KB");
    assertThat(app.postJson("/api/articles", "{broken", ann.auth()).status()).isEqualTo(400);
    assertThat(ann.get("/api/teacher/quizzes").json().size()).isZero();
  }

  @Test
  void publishing_an_unknown_quiz_is_404() {
    assertThat(ann.post("/api/quizzes/no-such-quiz/publish", "").status()).isEqualTo(404);
  }
}
