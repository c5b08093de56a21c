package org.quiztrainer.authoring;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quiztrainer.Problem;
import org.quiztrainer.account.AccountPages;
import org.quiztrainer.account.Auth;
import org.quiztrainer.account.Teacher;
import org.quiztrainer.attempt.AttemptService;
import org.quiztrainer.attempt.RecentAttempts;
import org.quiztrainer.drafts.Note;
import org.quiztrainer.drafts.Skills;
import org.quiztrainer.quiz.ArticleView;
import org.quiztrainer.quiz.Question;
import org.quiztrainer.quiz.Quiz;
import org.quiztrainer.web.Pages;

/** The teacher's pages: the quiz list, the review screen and the question form. */
public final class AuthoringPages {
  private final Authoring authoring;
  private final ArticleDrafts drafts;
  private final ExchangeHandlers exchange;
  private final Auth auth;
  private final AccountPages accounts;
  private final AttemptService attempts;
  private final RecentAttempts recent;
  private final Skills skills;

  public AuthoringPages(
      Authoring authoring,
      ArticleDrafts drafts,
      ExchangeHandlers exchange,
      Auth auth,
      AccountPages accounts,
      AttemptService attempts,
      RecentAttempts recent,
      Skills skills) {
    this.skills = skills;
    this.authoring = authoring;
    this.drafts = drafts;
    this.exchange = exchange;
    this.auth = auth;
    this.accounts = accounts;
    this.attempts = attempts;
    this.recent = recent;
  }

  public void dashboard(Context ctx) {
    Teacher t = auth.requirePageTeacher(ctx);
    Pages.render(
        ctx,
        "authoring/dashboard.jte",
        new DashboardPage(accounts.nav(ctx, t), authoring.quizzes(t), t.admin()));
  }

  public void export(Context ctx) {
    exchange.export(ctx, auth.requirePageTeacher(ctx));
  }

  public void review(Context ctx) {
    Teacher t = auth.requirePageTeacher(ctx);
    Authoring.Draft draft = authoring.draft(t, ctx.pathParam("quizId"));
    Optional<String> drafting = drafts.drafting(draft.quiz().id());
    if (drafting.isPresent()) {
      Pages.render(
          ctx,
          "authoring/drafting.jte",
          DraftingPage.of(accounts.nav(ctx, t), draft, drafting.get()));
      return;
    }
    String notice = ctx.queryParam("created") != null ? "created" : null;
    Pages.render(ctx, "authoring/review.jte", reviewPage(ctx, t, draft, notice));
  }

  private ReviewPage reviewPage(Context ctx, Teacher t, Authoring.Draft draft, String notice) {
    Quiz quiz = draft.quiz();
    List<ArticleView.Mark> marks = new ArrayList<>();
    List<ReviewPage.Item> items = new ArrayList<>();
    List<Question> qs = quiz.questions();
    Set<String> reviewed = draft.reviewed();
    Map<String, Note> notes = drafts.notes(quiz.id());
    for (int i = 0; i < qs.size(); i++) {
      Question q = qs.get(i);
      marks.add(new ArticleView.Mark(q.evidence().start(), q.evidence().end(), q.id()));
      Note note = notes.get(q.id());
      String skill = skills.of(q).label();
      items.add(
          new ReviewPage.Item(
              q,
              i + 1,
              reviewed.contains(q.id()),
              i == 0,
              i == qs.size() - 1,
              skill,
              note == null ? List.of() : note.reasons()));
    }
    int attemptsSoFar =
        authoring.quizzes(t).stream()
            .filter(l -> l.id().equals(quiz.id()))
            .mapToInt(AuthoringDao.Line::attempts)
            .findFirst()
            .orElse(0);
    return new ReviewPage(
        accounts.nav(ctx, t),
        quiz.id(),
        quiz.title(),
        quiz.published(),
        attemptsSoFar,
        ArticleView.marked(quiz.article(), marks),
        items,
        draft.unreviewed(),
        notice,
        draft.sessions());
  }

  public void act(Context ctx) {
    Teacher t = auth.requirePageTeacher(ctx);
    String quizId = ctx.pathParam("quizId");
    String questionId = ctx.pathParam("questionId");
    String action = ctx.pathParam("action");
    switch (action) {
      case "accept" -> authoring.accept(t, quizId, questionId);
      case "reject" -> authoring.reject(t, quizId, questionId);
      case "up" -> authoring.move(t, quizId, questionId, -1);
      case "down" -> authoring.move(t, quizId, questionId, 1);
      case "shuffle" -> authoring.shuffle(t, quizId, questionId);
      default -> throw Problem.notFound("there is no action " + action);
    }
    String anchor = action.equals("reject") ? "#questions" : "#q-" + questionId;
    Pages.seeOther(ctx, "/teach/quizzes/" + quizId + anchor);
  }

  public void publish(Context ctx) {
    Teacher t = auth.requirePageTeacher(ctx);
    String quizId = ctx.pathParam("quizId");
    authoring.publish(t, quizId, !"false".equals(ctx.formParam("published")));
    Pages.seeOther(ctx, "/teach/quizzes/" + quizId);
  }

  public void rename(Context ctx) {
    Teacher t = auth.requirePageTeacher(ctx);
    String quizId = ctx.pathParam("quizId");
    authoring.rename(t, quizId, ctx.formParam("title"));
    Pages.seeOther(ctx, "/teach/quizzes/" + quizId);
  }

  /** Starts an attempt by the teacher, outside the results, and opens it like a student would. */
  public void preview(Context ctx) {
    Teacher t = auth.requirePageTeacher(ctx);
    Quiz quiz = authoring.quiz(t, ctx.pathParam("quizId"));
    AttemptService.Started started = attempts.startPreview(quiz.id(), t.name());
    recent.remember(ctx, started.attemptId(), started.token());
    Pages.seeOther(ctx, "/attempts/" + started.attemptId());
  }

  public void newQuestion(Context ctx) {
    Teacher t = auth.requirePageTeacher(ctx);
    Quiz quiz = authoring.quiz(t, ctx.pathParam("quizId"));
    Pages.render(
        ctx, "authoring/edit.jte", editPage(ctx, t, quiz, null, QuestionForm.blank(), null));
  }

  public void editQuestion(Context ctx) {
    Teacher t = auth.requirePageTeacher(ctx);
    Quiz quiz = authoring.quiz(t, ctx.pathParam("quizId"));
    String id = ctx.pathParam("questionId");
    Question q =
        quiz.question(id).orElseThrow(() -> Problem.notFound("this quiz has no question " + id));
    Pages.render(ctx, "authoring/edit.jte", editPage(ctx, t, quiz, id, QuestionForm.of(q), null));
  }

  public void saveQuestion(Context ctx) {
    Teacher t = auth.requirePageTeacher(ctx);
    Quiz quiz = authoring.quiz(t, ctx.pathParam("quizId"));
    String id = ctx.pathParamMap().get("questionId");
    EditPage.Fields fields = QuestionForm.read(ctx);
    try {
      Question saved = authoring.save(t, quiz.id(), id, QuestionForm.toJson(fields));
      Pages.seeOther(ctx, "/teach/quizzes/" + quiz.id() + "#q-" + saved.id());
    } catch (Problem p) {
      if (p.kind() != Problem.Kind.INVALID) {
        throw p;
      }
      ctx.status(400);
      Pages.render(
          ctx,
          "authoring/edit.jte",
          editPage(ctx, t, quiz, id, fields, Pages.sentence(inFormWords(p.getMessage()))));
    }
  }

  /** The bank format's field names, as the form's labels call them. */
  static String inFormWords(String message) {
    return message
        .replaceAll("the ('\\w+')", "$1")
        .replace("'answer'", "the correct answer")
        .replace("'choices'", "the choices")
        .replace("'prompt'", "the question")
        .replace("'evidence'", "the evidence")
        .replace("'acceptedAnswers'", "the accepted answers")
        .replace("'tolerance'", "the tolerance")
        .replace("'explanation'", "the explanation");
  }

  private EditPage editPage(
      Context ctx, Teacher t, Quiz quiz, String questionId, EditPage.Fields f, String error) {
    return new EditPage(
        accounts.nav(ctx, t),
        quiz.id(),
        questionId,
        quiz.title(),
        ArticleView.of(quiz.article(), (org.quiztrainer.quiz.Evidence) null),
        f,
        error);
  }

  private static String param(Context ctx, String name) {
    String value = ctx.formParam(name);
    return value == null ? "" : value;
  }
}
