package org.quiztrainer.learner;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.quiztrainer.Problem;
import org.quiztrainer.attempt.HomePage;
import org.quiztrainer.quiz.ArticleView;
import org.quiztrainer.quiz.Question;
import org.quiztrainer.quiz.QuestionType;
import org.quiztrainer.quiz.QuizCatalog;
import org.quiztrainer.study.Progress;
import org.quiztrainer.web.Csrf;
import org.quiztrainer.web.Pages;

/**
 * The self-study pages: the learner's page, practice and review one question at a time, "cite the
 * evidence" after each answer, the end of a run, progress charts, and carrying on elsewhere with a
 * recovery code. A browser without a learner cookie sees no one's data: every lookup is by the
 * learner the cookie names.
 */
public final class StudyPages {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

  private final Study study;
  private final Learners learners;
  private final QuizCatalog catalog;
  private final Csrf csrf;

  public StudyPages(Study study, Learners learners, QuizCatalog catalog, Csrf csrf) {
    this.study = study;
    this.learners = learners;
    this.catalog = catalog;
    this.csrf = csrf;
  }

  /** What the home page says about this browser's self-study, if it has any. */
  public Optional<HomePage.Study> homeNotice(Context ctx) {
    return learners
        .current(ctx)
        .map(
            id -> {
              Progress.Report r = study.progress(id);
              return new HomePage.Study(r.dueNow(), r.streak());
            });
  }

  public void home(Context ctx) {
    home(ctx, null);
  }

  private void home(Context ctx, String newCode) {
    Optional<String> learner = learners.current(ctx);
    List<StudyHomePage.Run> runs = new ArrayList<>();
    int due = 0;
    int streak = 0;
    boolean hasCode = false;
    if (learner.isPresent()) {
      Progress.Report r = study.progress(learner.get());
      due = r.dueNow();
      streak = r.streak();
      hasCode = learners.hasRecoveryCode(learner.get());
      for (StudyDao.PracticeRow p : study.practices(learner.get())) {
        runs.add(
            new StudyHomePage.Run(
                "/study/practice/" + p.id(),
                p.quizTitle(),
                p.mode(),
                study.dayOf(p.createdAt()).toString(),
                p.answered(),
                p.correct()));
      }
    }
    Pages.render(
        ctx,
        "study/home.jte",
        new StudyHomePage(
            learner.isPresent(),
            due,
            streak,
            runs,
            catalog.published(),
            hasCode,
            newCode,
            csrf.token(ctx)));
  }

  public void start(Context ctx) {
    String learner = learners.currentOrNew(ctx);
    Practice p = study.start(learner, ctx.pathParam("quizId"), ctx.formParam("mode"));
    Pages.seeOther(ctx, "/study/practice/" + p.id());
  }

  public void practice(Context ctx) {
    Study.Run run = study.run(learner(ctx), ctx.pathParam("practiceId"));
    Optional<Study.Step> next = study.next(run);
    if (next.isEmpty()) {
      Pages.seeOther(ctx, summaryUrl(run));
      return;
    }
    Pages.render(ctx, "study/question.jte", questionPage(ctx, next.get(), null));
  }

  public void answer(Context ctx) {
    String learner = learner(ctx);
    String practiceId = ctx.pathParam("practiceId");
    try {
      StudyAnswer a =
          study.answer(learner, practiceId, ctx.formParam("questionId"), ctx.formParam("answer"));
      Pages.seeOther(ctx, "/study/answers/" + a.id());
    } catch (Problem p) {
      Study.Run run = study.run(learner, practiceId);
      Optional<Study.Step> next = study.next(run);
      if (p.kind() != Problem.Kind.INVALID || next.isEmpty()) {
        throw p;
      }
      ctx.status(400);
      Pages.render(
          ctx, "study/question.jte", questionPage(ctx, next.get(), Pages.sentence(p.getMessage())));
    }
  }

  public void summary(Context ctx) {
    String learner = learner(ctx);
    Study.Run run = study.run(learner, ctx.pathParam("practiceId"));
    List<PracticeSummaryPage.Item> items = new ArrayList<>();
    int right = 0;
    int cited = 0;
    int found = 0;
    for (StudyAnswer a : run.answers()) {
      right += a.correct() ? 1 : 0;
      cited += a.cited() ? 1 : 0;
      found += Boolean.TRUE.equals(a.evidenceFound()) ? 1 : 0;
      String prompt =
          run.quiz().question(a.questionId()).map(Question::prompt).orElse(a.questionId());
      items.add(
          new PracticeSummaryPage.Item(
              prompt,
              tierLabel(a.tier()),
              a.correct(),
              a.evidenceFound(),
              "/study/answers/" + a.id(),
              !a.cited()));
    }
    Pages.render(
        ctx,
        "study/summary.jte",
        new PracticeSummaryPage(
            run.quiz().title(),
            run.quiz().id(),
            run.practice().mode().wireName(),
            "/study/practice/" + run.practice().id(),
            run.answers().size(),
            run.quiz().questions().size(),
            right,
            cited,
            found,
            items,
            study.progress(learner).dueNow(),
            csrf.token(ctx)));
  }

  public void answered(Context ctx) {
    Study.Answered a = study.answered(learner(ctx), ctx.pathParam("answerId"));
    Pages.render(ctx, "study/answer.jte", answerPage(ctx, a, null));
  }

  public void cite(Context ctx) {
    String learner = learner(ctx);
    String answerId = ctx.pathParam("answerId");
    try {
      Integer sentence = number(ctx, "sentence");
      Integer start = ctx.formParam("skip") != null ? null : number(ctx, "start");
      Integer end = ctx.formParam("skip") != null ? null : number(ctx, "end");
      if (sentence == null && start == null && end == null && ctx.formParam("skip") == null) {
        throw Problem.invalid("pick the sentence that shows the answer, or say you can't find it");
      }
      study.cite(learner, answerId, sentence, start, end);
      Pages.seeOther(ctx, "/study/answers/" + answerId + "#evidence");
    } catch (Problem p) {
      if (p.kind() != Problem.Kind.INVALID) {
        throw p;
      }
      ctx.status(400);
      Study.Answered a = study.answered(learner, answerId);
      Pages.render(ctx, "study/answer.jte", answerPage(ctx, a, Pages.sentence(p.getMessage())));
    }
  }

  public void review(Context ctx) {
    Optional<String> learner = learners.current(ctx);
    Optional<Study.Step> next = learner.flatMap(study::nextReview);
    if (next.isEmpty()) {
      Pages.seeOther(ctx, "/study#review");
      return;
    }
    Optional<StudyAnswer> pending =
        study.pendingReview(learner.get(), next.get().quiz().id(), next.get().shown().id());
    if (pending.isPresent()) {
      Pages.seeOther(ctx, "/study/answers/" + pending.get().id());
      return;
    }
    Pages.render(ctx, "study/question.jte", questionPage(ctx, next.get(), null));
  }

  public void reviewAnswer(Context ctx) {
    String learner = learner(ctx);
    try {
      StudyAnswer a =
          study.answerReview(
              learner,
              ctx.formParam("quizId"),
              ctx.formParam("questionId"),
              ctx.formParam("answer"));
      Pages.seeOther(ctx, "/study/answers/" + a.id());
    } catch (Problem p) {
      Optional<Study.Step> next = study.nextReview(learner);
      if (p.kind() != Problem.Kind.INVALID || next.isEmpty()) {
        throw p;
      }
      ctx.status(400);
      Pages.render(
          ctx, "study/question.jte", questionPage(ctx, next.get(), Pages.sentence(p.getMessage())));
    }
  }

  public void progress(Context ctx) {
    Progress.Report r =
        learners
            .current(ctx)
            .map(study::progress)
            .orElseGet(() -> Progress.of(List.of(), List.of(), study.today(), List.of()));
    Pages.render(ctx, "study/progress.jte", ProgressPage.of(r));
  }

  public void recoveryCode(Context ctx) {
    String learner = learners.currentOrNew(ctx);
    home(ctx, learners.newRecoveryCode(learner));
  }

  public void continueForm(Context ctx) {
    Pages.render(ctx, "study/continue.jte", new ContinuePage("", csrf.token(ctx), null));
  }

  public void continueWith(Context ctx) {
    String code = ctx.formParam("code");
    try {
      learners.continueWith(ctx, code);
      Pages.seeOther(ctx, "/study");
    } catch (Problem p) {
      if (p.kind() != Problem.Kind.INVALID && p.kind() != Problem.Kind.TOO_MANY) {
        throw p;
      }
      ctx.status(p.kind() == Problem.Kind.INVALID ? 400 : 429);
      String shown = code == null ? "" : code.strip();
      Pages.render(
          ctx,
          "study/continue.jte",
          new ContinuePage(
              shown.length() > 40 ? "" : shown, csrf.token(ctx), Pages.sentence(p.getMessage())));
    }
  }

  public void forget(Context ctx) {
    learners.current(ctx).ifPresent(id -> learners.forget(ctx, id));
    Pages.seeOther(ctx, "/");
  }

  private StudyQuestionPage questionPage(Context ctx, Study.Step step, String error) {
    Question q = step.shown();
    boolean review = step.practice() == null;
    return new StudyQuestionPage(
        review ? "Review · " + step.quiz().title() : step.quiz().title(),
        tierLabel(step.tier()),
        step.number(),
        step.total(),
        q.id(),
        step.quiz().id(),
        q.type().wireName(),
        q.prompt(),
        q.choices(),
        review ? "/study/review/answers" : "/study/practice/" + step.practice().id() + "/answers",
        review ? "/study" : "/study/practice/" + step.practice().id() + "/summary",
        ArticleView.of(step.quiz().article(), null),
        csrf.token(ctx),
        error);
  }

  private StudyAnswerPage answerPage(Context ctx, Study.Answered a, String error) {
    StudyAnswer answer = a.answer();
    Question q = a.question();
    boolean citing = a.awaitsCitation();
    StudyAnswerPage.Citation citation = null;
    if (answer.cited()) {
      String body = a.quiz().article().body();
      String cited =
          answer.citedStart() == null
              ? ""
              : body.substring(
                  Math.min(answer.citedStart(), body.length()),
                  Math.min(answer.citedEnd(), body.length()));
      citation = new StudyAnswerPage.Citation(answer.evidenceFound(), cited, q.evidence().text());
    }
    boolean review = answer.review();
    return new StudyAnswerPage(
        review ? "Review · " + a.quiz().title() : a.quiz().title(),
        q.prompt(),
        answer.correct(),
        shown(answer.shownType(), answer.given()),
        shown(q.type().wireName(), q.answer()),
        q.explanation(),
        citing ? CiteView.of(a.quiz().article()) : null,
        "/study/answers/" + answer.id() + "/citation",
        citation,
        citing ? null : ArticleView.of(a.quiz().article(), a.hasEvidence() ? q.evidence() : null),
        citing ? null : reviewNote(ctx, answer),
        review ? "/study/review" : "/study/practice/" + answer.practiceId(),
        review ? "Next card" : "Next question",
        csrf.token(ctx),
        error);
  }

  private String reviewNote(Context ctx, StudyAnswer a) {
    return study
        .card(a.learnerId(), a.quizId(), a.questionId())
        .map(
            c -> {
              LocalDate today = study.today();
              long days = ChronoUnit.DAYS.between(today, c.card().due());
              String when = days <= 0 ? "today" : days == 1 ? "tomorrow" : "in " + days + " days";
              return "In your review cards: back " + when + ", " + c.card().due().format(DAY) + ".";
            })
        .orElse(
            a.correct() && !Boolean.FALSE.equals(a.evidenceFound())
                ? "Right, with the evidence: no review needed."
                : null);
  }

  private String learner(Context ctx) {
    return learners
        .current(ctx)
        .orElseThrow(
            () ->
                Problem.notFound(
                    "this browser has no practice here; start one from a quiz, or carry on with"
                        + " your recovery code at /study/continue"));
  }

  private static Integer number(Context ctx, String field) {
    String value = ctx.formParam(field);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw Problem.invalid(field + " must be a whole number");
    }
  }

  private static String shown(String type, String answer) {
    if (!type.equals(QuestionType.TRUE_FALSE.wireName())) {
      return answer;
    }
    String lower = answer.toLowerCase(Locale.ROOT);
    return lower.startsWith("t") || lower.startsWith("y") ? "True" : "False";
  }

  static String tierLabel(org.quiztrainer.study.Staircase.Tier tier) {
    return switch (tier) {
      case EASY -> "Easy";
      case MEDIUM -> "Medium";
      case HARD -> "Hard";
    };
  }

  private static String summaryUrl(Study.Run run) {
    return "/study/practice/" + run.practice().id() + "/summary";
  }
}
