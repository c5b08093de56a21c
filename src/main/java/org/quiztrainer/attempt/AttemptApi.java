package org.quiztrainer.attempt;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.List;
import org.quiztrainer.quiz.Evidence;
import org.quiztrainer.web.JsonBody;

/** Student JSON API for attempts and answers (API.md section 3). */
public final class AttemptApi {
  static final String TOKEN_HEADER = "X-Attempt-Token";

  record Created(String attemptId, String token) {}

  record Graded(boolean correct, String correctAnswer, String explanation, Evidence evidence) {}

  record AnswerLine(String questionId, String answer, boolean correct) {}

  record Report(
      String attemptId,
      String quizId,
      String name,
      int score,
      int total,
      List<AnswerLine> answers) {}

  private final AttemptService attempts;
  private final ObjectMapper json;
  private final AttemptLimits limits;

  public AttemptApi(AttemptService attempts, ObjectMapper json, AttemptLimits limits) {
    this.attempts = attempts;
    this.json = json;
    this.limits = limits;
  }

  public void start(Context ctx) {
    limits.start(ctx.ip());
    String name = JsonBody.of(ctx, json).string("name");
    AttemptService.Started started = attempts.start(ctx.pathParam("quizId"), name);
    ctx.status(201).json(new Created(started.attemptId(), started.token()));
  }

  public void answer(Context ctx) {
    JsonBody body = JsonBody.of(ctx, json);
    AnswerResult result =
        attempts.answer(
            ctx.pathParam("attemptId"),
            ctx.header(TOKEN_HEADER),
            body.string("questionId"),
            body.string("answer"));
    ctx.json(
        new Graded(
            result.answer().correct(),
            result.question().answer(),
            result.question().explanation(),
            result.question().evidence()));
  }

  public void show(Context ctx) {
    AttemptReport r = attempts.report(ctx.pathParam("attemptId"), ctx.header(TOKEN_HEADER));
    ctx.json(
        new Report(
            r.attempt().id(),
            r.attempt().quizId(),
            r.attempt().name(),
            r.score(),
            r.total(),
            r.answers().stream()
                .map(
                    a ->
                        new AnswerLine(
                            a.answer().questionId(), a.answer().given(), a.answer().correct()))
                .toList()));
  }
}
