package org.quiztrainer.quiz;

import io.javalin.http.Context;
import java.util.List;
import org.quiztrainer.Problem;

/** Student JSON API for reading quizzes (API.md section 3). Never sends answer keys. */
public final class QuizApi {
  record Summary(String id, String title, int questionCount) {}

  record ArticleJson(String title, String text, String source) {}

  record QuestionJson(String id, String type, String prompt, List<String> choices) {}

  record QuizJson(String id, String title, ArticleJson article, List<QuestionJson> questions) {}

  private final QuizCatalog catalog;

  public QuizApi(QuizCatalog catalog) {
    this.catalog = catalog;
  }

  public void list(Context ctx) {
    ctx.json(
        catalog.published().stream()
            .map(q -> new Summary(q.id(), q.title(), q.questionCount()))
            .toList());
  }

  public void show(Context ctx) {
    String id = ctx.pathParam("quizId");
    Quiz quiz =
        catalog.findPublished(id).orElseThrow(() -> Problem.notFound("no such quiz: " + id));
    Article a = quiz.article();
    ctx.json(
        new QuizJson(
            quiz.id(),
            quiz.title(),
            new ArticleJson(a.title(), a.body(), a.source()),
            quiz.questions().stream().map(QuizApi::studentView).toList()));
  }

  /** The question as a student may see it before answering: no key, no evidence. */
  private static QuestionJson studentView(Question q) {
    return new QuestionJson(
        q.id(), q.type().wireName(), q.prompt(), q.type().hasChoices() ? q.choices() : null);
  }
}
