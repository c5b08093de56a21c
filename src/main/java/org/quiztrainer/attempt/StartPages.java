package org.quiztrainer.attempt;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.quiztrainer.Problem;
import org.quiztrainer.quiz.ArticleView;
import org.quiztrainer.quiz.Quiz;
import org.quiztrainer.quiz.QuizCatalog;
import org.quiztrainer.web.Csrf;
import org.quiztrainer.web.Pages;

/** The home page and each quiz's start page, where a student gives a name and begins. */
public final class StartPages {
  private final QuizCatalog catalog;
  private final AttemptService attempts;
  private final RecentAttempts recent;
  private final Csrf csrf;
  private final StudyNotice study;
  private final AttemptLimits limits;

  public StartPages(
      QuizCatalog catalog,
      AttemptService attempts,
      RecentAttempts recent,
      Csrf csrf,
      StudyNotice study,
      AttemptLimits limits) {
    this.limits = limits;
    this.catalog = catalog;
    this.attempts = attempts;
    this.recent = recent;
    this.csrf = csrf;
    this.study = study;
  }

  public void home(Context ctx) {
    List<HomePage.Recent> mine = new ArrayList<>();
    for (RecentAttempts.Entry e : recent.read(ctx)) {
      try {
        AttemptReport r = attempts.report(e.attemptId(), e.token());
        String url = "/attempts/" + e.attemptId() + (r.finished() ? "/result" : "");
        mine.add(
            new HomePage.Recent(
                url, r.quiz().title(), r.attempt().name(), r.score(), r.total(), r.finished()));
      } catch (Problem gone) {
        // An attempt deleted or not readable any more is simply not listed.
      }
    }
    Pages.render(
        ctx,
        "attempt/home.jte",
        new HomePage(catalog.published(), mine, study.of(ctx).orElse(null)));
  }

  public void show(Context ctx) {
    Pages.render(ctx, "attempt/start.jte", startPage(ctx, quiz(ctx), "", null));
  }

  public void start(Context ctx) {
    limits.start(ctx.ip());
    Quiz quiz = quiz(ctx);
    String name = ctx.formParam("name");
    try {
      AttemptService.Started started = attempts.start(quiz.id(), name);
      recent.remember(ctx, started.attemptId(), started.token());
      Pages.seeOther(ctx, "/attempts/" + started.attemptId());
    } catch (Problem p) {
      if (p.kind() != Problem.Kind.INVALID) {
        throw p;
      }
      ctx.status(400);
      String shown = name == null ? "" : name.strip();
      Pages.render(
          ctx,
          "attempt/start.jte",
          startPage(ctx, quiz, shown, "Please enter a name of 1 to 40 characters."));
    }
  }

  private StartPage startPage(Context ctx, Quiz quiz, String name, String error) {
    return new StartPage(
        quiz.id(),
        quiz.title(),
        quiz.questions().size(),
        ArticleView.of(quiz.article(), null),
        csrf.token(ctx),
        name,
        error);
  }

  private Quiz quiz(Context ctx) {
    String id = ctx.pathParam("quizId");
    // The in-memory copy: a class opening the quiz at once would otherwise load it per student.
    return catalog
        .cached(id)
        .filter(Quiz::published)
        .orElseThrow(() -> Problem.notFound("there is no quiz called " + id));
  }
}
