package org.quiztrainer.attempt;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.quiztrainer.Problem;
import org.quiztrainer.quiz.ArticleView;
import org.quiztrainer.quiz.Question;
import org.quiztrainer.web.Csrf;
import org.quiztrainer.web.Pages;

/** The student's pages: one question at a time beside the article, feedback, and the score. */
public final class AttemptPages {
  private final AttemptService attempts;
  private final RecentAttempts recent;
  private final Csrf csrf;

  public AttemptPages(AttemptService attempts, RecentAttempts recent, Csrf csrf) {
    this.attempts = attempts;
    this.recent = recent;
    this.csrf = csrf;
  }

  public void current(Context ctx) {
    AttemptReport report = report(ctx);
    var next = report.nextQuestion();
    if (next.isEmpty()) {
      Pages.seeOther(ctx, resultUrl(report));
      return;
    }
    Pages.render(ctx, "attempt/question.jte", questionPage(ctx, report, next.get(), null));
  }

  public void answer(Context ctx) {
    String attemptId = ctx.pathParam("attemptId");
    String questionId = ctx.formParam("questionId");
    String given = ctx.formParam("answer");
    AttemptReport report = report(ctx);
    if (questionId == null || report.quiz().question(questionId).isEmpty()) {
      throw Problem.invalid("this quiz has no such question");
    }
    if (report.answerTo(questionId).isPresent()) {
      Pages.seeOther(ctx, feedbackUrl(attemptId, questionId));
      return;
    }
    try {
      attempts.answer(attemptId, token(ctx), questionId, given == null ? "" : given);
    } catch (Problem p) {
      if (p.kind() != Problem.Kind.INVALID) {
        throw p;
      }
      Question q = report.quiz().question(questionId).orElseThrow();
      ctx.status(400);
      String message =
          given == null || given.isBlank() ? "Please give an answer first." : p.getMessage();
      Pages.render(ctx, "attempt/question.jte", questionPage(ctx, report, q, message));
      return;
    }
    Pages.seeOther(ctx, feedbackUrl(attemptId, questionId) + "#evidence");
  }

  public void feedback(Context ctx) {
    AttemptReport report = report(ctx);
    String questionId = ctx.pathParam("questionId");
    var answered = report.answerTo(questionId);
    if (answered.isEmpty()) {
      Pages.seeOther(ctx, "/attempts/" + report.attempt().id());
      return;
    }
    AnswerResult a = answered.get();
    Question q = a.question();
    var feedback =
        new QuestionPage.Feedback(
            a.answer().correct(),
            Shown.answer(q, a.answer().given()),
            Shown.answer(q, q.answer()),
            q.explanation(),
            q.evidence().text(),
            report.finished());
    Pages.render(ctx, "attempt/question.jte", page(ctx, report, q, null, feedback));
  }

  public void result(Context ctx) {
    AttemptReport report = report(ctx);
    if (!report.finished()) {
      Pages.seeOther(ctx, "/attempts/" + report.attempt().id());
      return;
    }
    List<ResultPage.Review> items = new ArrayList<>();
    int n = 0;
    for (Question current : report.quiz().questions()) {
      AnswerResult a = report.answerTo(current.id()).orElseThrow();
      Question q = a.question();
      items.add(
          new ResultPage.Review(
              ++n,
              q.prompt(),
              Shown.answer(q, a.answer().given()),
              a.answer().correct(),
              Shown.answer(q, q.answer()),
              q.explanation(),
              q.evidence().text(),
              feedbackUrl(report.attempt().id(), q.id())));
    }
    Pages.render(
        ctx,
        "attempt/result.jte",
        new ResultPage(
            report.quiz().id(),
            report.quiz().title(),
            report.attempt().name(),
            report.score(),
            report.total(),
            items));
  }

  private QuestionPage questionPage(Context ctx, AttemptReport report, Question q, String error) {
    return page(ctx, report, q, error, null);
  }

  private QuestionPage page(
      Context ctx, AttemptReport report, Question q, String error, QuestionPage.Feedback feedback) {
    List<Question> all = report.quiz().questions();
    int number = all.stream().map(Question::id).toList().indexOf(q.id()) + 1;
    int answered = (int) all.stream().filter(x -> report.answerTo(x.id()).isPresent()).count();
    var view = new QuestionPage.QuestionView(q.id(), q.type().wireName(), q.prompt(), q.choices());
    return new QuestionPage(
        report.attempt().id(),
        report.quiz().title(),
        report.attempt().name(),
        number,
        all.size(),
        answered,
        view,
        ArticleView.of(report.quiz().article(), feedback == null ? null : q.evidence()),
        csrf.token(ctx),
        error,
        feedback);
  }

  private AttemptReport report(Context ctx) {
    return attempts.report(ctx.pathParam("attemptId"), token(ctx));
  }

  private String token(Context ctx) {
    return recent
        .tokenFor(ctx, ctx.pathParam("attemptId"))
        .orElseThrow(
            () ->
                Problem.forbidden(
                    "this attempt was started in another browser, so it can't be opened here"));
  }

  private static String feedbackUrl(String attemptId, String questionId) {
    return "/attempts/" + attemptId + "/questions/" + questionId;
  }

  private static String resultUrl(AttemptReport report) {
    return "/attempts/" + report.attempt().id() + "/result";
  }
}
