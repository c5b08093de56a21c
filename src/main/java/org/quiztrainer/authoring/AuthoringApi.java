package org.quiztrainer.authoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.List;
import org.quiztrainer.account.Auth;
import org.quiztrainer.account.Teacher;
import org.quiztrainer.quiz.Evidence;
import org.quiztrainer.quiz.Question;
import org.quiztrainer.quiz.Quiz;
import org.quiztrainer.web.JsonBody;

/** Teacher API for articles and draft quizzes (API.md section 4). */
public final class AuthoringApi {
  /** A question with its key, as in API.md section 2, plus its id. */
  record KeyedQuestion(
      String id,
      String type,
      String prompt,
      List<String> choices,
      String answer,
      List<String> acceptedAnswers,
      String explanation,
      Evidence evidence) {

    static KeyedQuestion of(Question q) {
      return new KeyedQuestion(
          q.id(),
          q.type().wireName(),
          q.prompt(),
          q.type().hasChoices() ? q.choices() : null,
          q.answer(),
          q.acceptedAnswers().isEmpty() ? null : q.acceptedAnswers(),
          q.explanation(),
          q.evidence());
    }
  }

  record ArticleCreated(String articleId, String quizId, List<KeyedQuestion> questions) {}

  record QuizLine(String id, String title, boolean published, int questionCount, int attempts) {}

  record FullQuiz(
      String id,
      String title,
      boolean published,
      String articleTitle,
      String articleText,
      List<KeyedQuestion> questions) {}

  record Imported(String quizId, int questionCount) {}

  private final Authoring authoring;
  private final ArticleDrafts drafts;
  private final ExchangeHandlers exchange;
  private final Auth auth;
  private final ObjectMapper json;

  public AuthoringApi(
      Authoring authoring,
      ArticleDrafts drafts,
      ExchangeHandlers exchange,
      Auth auth,
      ObjectMapper json) {
    this.authoring = authoring;
    this.drafts = drafts;
    this.exchange = exchange;
    this.auth = auth;
    this.json = json;
  }

  public void export(Context ctx) {
    exchange.export(ctx, auth.apiTeacher(ctx));
  }

  /** The file is the request body; the format is a query parameter. */
  public void importFile(Context ctx) {
    Teacher t = auth.apiTeacher(ctx);
    Quiz quiz =
        exchange.importFile(
            t, ExchangeHandlers.format(ctx.queryParam("format")), ctx.bodyAsBytes());
    ctx.status(201).json(new Imported(quiz.id(), quiz.questions().size()));
  }

  public void createArticle(Context ctx) {
    Teacher t = auth.apiTeacher(ctx);
    JsonBody body = JsonBody.of(ctx, json);
    Quiz quiz =
        drafts.createFromArticle(
            t,
            body.optionalString("title").orElse(null),
            body.string("text"),
            body.optionalString("source").orElse(null));
    ctx.status(201)
        .json(
            new ArticleCreated(
                quiz.article().id(),
                quiz.id(),
                quiz.questions().stream().map(KeyedQuestion::of).toList()));
  }

  public void mine(Context ctx) {
    Teacher t = auth.apiTeacher(ctx);
    ctx.json(
        authoring.quizzes(t).stream()
            .map(l -> new QuizLine(l.id(), l.title(), l.published(), l.questions(), l.attempts()))
            .toList());
  }

  /** The whole quiz with its answer key, for its author. */
  public void full(Context ctx) {
    Quiz q = authoring.quiz(auth.apiTeacher(ctx), ctx.pathParam("quizId"));
    ctx.json(
        new FullQuiz(
            q.id(),
            q.title(),
            q.published(),
            q.article().title(),
            q.article().body(),
            q.questions().stream().map(KeyedQuestion::of).toList()));
  }

  public void publish(Context ctx) {
    setPublished(ctx, true);
  }

  public void unpublish(Context ctx) {
    setPublished(ctx, false);
  }

  private void setPublished(Context ctx, boolean published) {
    String quizId = ctx.pathParam("quizId");
    authoring.publish(auth.apiTeacher(ctx), quizId, published);
    ctx.json(new QuizState(quizId, published));
  }

  record QuizState(String quizId, boolean published) {}
}
