package org.quiztrainer.live;

import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.quiztrainer.Problem;
import org.quiztrainer.account.AccountPages;
import org.quiztrainer.account.Auth;
import org.quiztrainer.account.Teacher;
import org.quiztrainer.attempt.AnswerResult;
import org.quiztrainer.attempt.AttemptReport;
import org.quiztrainer.attempt.AttemptService;
import org.quiztrainer.attempt.RecentAttempts;
import org.quiztrainer.grading.TextNormalizer;
import org.quiztrainer.quiz.ArticleView;
import org.quiztrainer.quiz.Question;
import org.quiztrainer.quiz.Quiz;
import org.quiztrainer.web.Csrf;
import org.quiztrainer.web.Pages;

/** The projector, the join form and the students' live screen. */
public final class SessionPages {
  private final Sessions sessions;
  private final SessionViews views;
  private final SessionHub hub;
  private final Auth auth;
  private final AccountPages accounts;
  private final Csrf csrf;
  private final AttemptService attempts;
  private final RecentAttempts recent;
  private final Jdbi jdbi;
  private final LiveSessionDao dao;
  private final Clock clock;
  private final JoinGuard joins;
  private final org.quiztrainer.results.ResultsPages results;

  public SessionPages(
      Sessions sessions,
      SessionViews views,
      SessionHub hub,
      Auth auth,
      AccountPages accounts,
      Csrf csrf,
      AttemptService attempts,
      RecentAttempts recent,
      Jdbi jdbi,
      LiveSessionDao dao,
      Clock clock,
      JoinGuard joins,
      org.quiztrainer.results.ResultsPages results) {
    this.sessions = sessions;
    this.views = views;
    this.hub = hub;
    this.auth = auth;
    this.accounts = accounts;
    this.csrf = csrf;
    this.attempts = attempts;
    this.recent = recent;
    this.jdbi = jdbi;
    this.dao = dao;
    this.clock = clock;
    this.joins = joins;
    this.results = results;
  }

  public void resultsCsv(Context ctx) {
    Teacher t = auth.requirePageTeacher(ctx);
    LiveSession s = sessions.owned(t, ctx.pathParam("sessionId"));
    results.sessionCsv(ctx, t, s.quizId(), s.id());
  }

  // ---- the teacher's side

  public void start(Context ctx) {
    Teacher t = auth.requirePageTeacher(ctx);
    String modeName = ctx.formParam("mode");
    LiveSession.Mode mode =
        LiveSession.Mode.fromWireName(modeName == null ? "" : modeName)
            .orElseThrow(() -> Problem.invalid("choose teacher-paced or student-paced"));
    int timer;
    try {
      String raw = ctx.formParam("timer");
      timer = raw == null || raw.isBlank() ? Sessions.DEFAULT_TIMER : Integer.parseInt(raw.strip());
    } catch (NumberFormatException e) {
      throw Problem.invalid("the timer must be a number of seconds");
    }
    LiveSession.Leaderboard board =
        LiveSession.Leaderboard.fromWireName(String.valueOf(ctx.formParam("leaderboard")))
            .orElse(LiveSession.Leaderboard.SHOWN);
    LiveSession s =
        sessions.start(
            t,
            ctx.pathParam("quizId"),
            new Sessions.Options(
                mode, timer, null, "on".equals(ctx.formParam("speed_bonus")), board));
    Pages.seeOther(ctx, "/teach/sessions/" + s.id());
  }

  public void projector(Context ctx) {
    Teacher t = auth.requirePageTeacher(ctx);
    LiveSession s = sessions.owned(t, ctx.pathParam("sessionId"));
    String joinUrl = ctx.scheme() + "://" + ctx.host() + "/join?code=" + s.joinCode();
    Pages.render(
        ctx,
        "live/projector.jte",
        new ProjectorPage(accounts.nav(ctx, t), panel(ctx, s), QrSvg.of(joinUrl), joinUrl));
  }

  /** The live part alone, fetched again at every event. */
  public void projectorPanel(Context ctx) {
    Teacher t = auth.requirePageTeacher(ctx);
    LiveSession s = sessions.owned(t, ctx.pathParam("sessionId"));
    Pages.render(ctx, "live/projector_panel.jte", panel(ctx, s));
  }

  public void teacherEventsAllowed(Context ctx) {
    Teacher t = auth.pageTeacher(ctx).orElseThrow(() -> Problem.unauthorized("sign in first"));
    sessions.owned(t, ctx.pathParam("sessionId"));
  }

  public void teacherEvents(SseClient client) {
    hub.addTeacher(client.ctx().pathParam("sessionId"), client);
  }

  public void control(Context ctx) {
    Teacher t = auth.requirePageTeacher(ctx);
    String id = ctx.pathParam("sessionId");
    switch (ctx.pathParam("action")) {
      case "next" -> sessions.next(t, id);
      case "reveal" -> sessions.reveal(t, id);
      case "close" -> sessions.close(t, id);
      default -> throw Problem.notFound("there is no such action");
    }
    Pages.seeOther(ctx, "/teach/sessions/" + id);
  }

  private ProjectorPage.Panel panel(Context ctx, LiveSession s) {
    SessionViews.TeacherState st = views.teacherState(s.id(), clock.millis());
    Quiz quiz = views.quiz(s);
    Question q =
        st.session().questionId() == null
            ? null
            : quiz.question(st.session().questionId()).orElse(null);
    List<ProjectorPage.Bar> bars = new ArrayList<>();
    if (q != null && s.state() == LiveSession.State.REVEALED) {
      bars = distribution(q, jdbi.withHandle(h -> dao.answersTo(h, s.id(), q.id())));
    }
    Map<String, Map<String, Boolean>> marks = marks(s);
    List<ProjectorPage.Progress> progress = new ArrayList<>();
    for (SessionViews.Row r : st.participants()) {
      List<String> row = new ArrayList<>();
      Map<String, Boolean> mine = marks.getOrDefault(r.attemptId(), Map.of());
      for (Question each : quiz.questions()) {
        Boolean right = mine.get(each.id());
        row.add(right == null ? "none" : right ? "right" : "wrong");
      }
      progress.add(
          new ProjectorPage.Progress(r.name(), r.answered(), r.correct(), r.points(), row));
    }
    List<ProjectorPage.Podium> podium = new ArrayList<>();
    if (s.closed() && s.leaderboard() != LiveSession.Leaderboard.HIDDEN) {
      List<SessionViews.Row> ranked = SessionViews.ranked(st.participants());
      for (int i = 0; i < Math.min(3, ranked.size()); i++) {
        SessionViews.Row r = ranked.get(i);
        String name =
            s.leaderboard() == LiveSession.Leaderboard.ANONYMOUS ? "Student " + (i + 1) : r.name();
        podium.add(new ProjectorPage.Podium(i + 1, name, r.points(), r.correct()));
      }
    }
    return new ProjectorPage.Panel(
        s.id(),
        quiz.title(),
        s.mode().wireName(),
        s.state().wireName(),
        s.joinCode(),
        s.currentIndex(),
        quiz.questions().size(),
        q == null ? null : q.prompt(),
        q == null || !q.type().hasChoices() ? List.of() : q.choices(),
        q == null ? null : q.answer(),
        q == null ? null : q.evidence().text(),
        st.session().locksAt(),
        st.session().serverNow(),
        st.participants().size(),
        st.answeredCurrent(),
        bars,
        progress,
        podium,
        s.leaderboard().wireName(),
        csrf.token(ctx));
  }

  /** How many gave each answer; typed answers are grouped as the grader would read them. */
  static List<ProjectorPage.Bar> distribution(Question q, List<String> answers) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    if (q.type().hasChoices()) {
      q.choices().forEach(c -> counts.put(c, 0));
    }
    Map<String, String> shown = new LinkedHashMap<>();
    for (String a : answers) {
      String key = q.type().hasChoices() ? a : TextNormalizer.normalize(a);
      shown.putIfAbsent(key, a);
      counts.merge(key, 1, Integer::sum);
    }
    List<ProjectorPage.Bar> bars = new ArrayList<>();
    int total = Math.max(1, answers.size());
    counts.forEach(
        (key, n) -> {
          String label = shown.getOrDefault(key, key);
          boolean right =
              q.type().hasChoices()
                  ? key.equals(q.answer())
                  : TextNormalizer.normalize(q.answer()).equals(key);
          bars.add(new ProjectorPage.Bar(label, n, Math.round(100f * n / total), right));
        });
    return bars;
  }

  private Map<String, Map<String, Boolean>> marks(LiveSession s) {
    return jdbi.withHandle(h -> dao.marks(h, s.id()));
  }

  // ---- the students' side

  public void joinForm(Context ctx) {
    String code = ctx.queryParam("code");
    Pages.render(
        ctx,
        "live/join.jte",
        new JoinPage(csrf.token(ctx), code == null ? "" : code.replaceAll("\\D", ""), "", null));
  }

  public void join(Context ctx) {
    String code = ctx.formParam("code");
    String name = ctx.formParam("name");
    try {
      Sessions.Joined joined =
          joins.join(ctx.ip(), () -> sessions.join(code, name == null ? "" : name));
      recent.remember(ctx, joined.attemptId(), joined.token());
      Pages.seeOther(ctx, "/play/" + joined.attemptId());
    } catch (Problem p) {
      if (p.kind() == Problem.Kind.FORBIDDEN) {
        throw p;
      }
      ctx.status(
          switch (p.kind()) {
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case TOO_MANY -> 429;
            default -> 400;
          });
      Pages.render(
          ctx,
          "live/join.jte",
          new JoinPage(
              csrf.token(ctx),
              code == null ? "" : code.strip(),
              name == null ? "" : name.strip(),
              Pages.sentence(p.getMessage())));
    }
  }

  public void play(Context ctx) {
    AttemptReport r = report(ctx);
    LiveSession s = views.session(r.attempt().sessionId()).orElseThrow();
    if (s.mode() == LiveSession.Mode.STUDENT_PACED) {
      Pages.seeOther(ctx, "/attempts/" + r.attempt().id()); // the ordinary quiz pages
      return;
    }
    Pages.render(
        ctx,
        "live/play.jte",
        new PlayPage(playPanel(ctx, r, s, null), s.id(), ArticleView.of(r.quiz().article(), null)));
  }

  public void playPanel(Context ctx) {
    AttemptReport r = report(ctx);
    LiveSession s = views.session(r.attempt().sessionId()).orElseThrow();
    Pages.render(ctx, "live/play_panel.jte", playPanel(ctx, r, s, null));
  }

  public void answer(Context ctx) {
    String attemptId = ctx.pathParam("attemptId");
    String token = token(ctx, attemptId);
    String error = null;
    try {
      String given = ctx.formParam("answer");
      attempts.answer(
          attemptId,
          token,
          String.valueOf(ctx.formParam("questionId")),
          given == null ? "" : given);
    } catch (Problem p) {
      if (p.kind() != Problem.Kind.INVALID && p.kind() != Problem.Kind.CONFLICT) {
        throw p;
      }
      error = Pages.sentence(p.getMessage());
    }
    if (error == null) {
      Pages.seeOther(ctx, "/play/" + attemptId);
      return;
    }
    AttemptReport r = attempts.report(attemptId, token);
    LiveSession s = views.session(r.attempt().sessionId()).orElseThrow();
    ctx.status(409);
    Pages.render(
        ctx,
        "live/play.jte",
        new PlayPage(
            playPanel(ctx, r, s, error), s.id(), ArticleView.of(r.quiz().article(), null)));
  }

  /**
   * A student's panel. Every student fetches it at each change of pace, so it reads the session's
   * students once and reuses the session and quiz it was given.
   */
  private PlayPage.Panel playPanel(Context ctx, AttemptReport r, LiveSession s, String error) {
    List<SessionViews.Row> rows = views.rows(s.id());
    SessionViews.PublicState st =
        SessionViews.publicState(s, r.quiz(), clock.millis(), rows.size());
    Question q = st.questionId() == null ? null : r.quiz().question(st.questionId()).orElse(null);
    AnswerResult mine = q == null ? null : r.answerTo(q.id()).orElse(null);
    boolean revealed = s.state() == LiveSession.State.REVEALED || s.closed();
    int points = 0;
    Integer rank = null;
    List<SessionViews.Row> ranked = SessionViews.ranked(rows);
    for (int i = 0; i < ranked.size(); i++) {
      if (ranked.get(i).attemptId().equals(r.attempt().id())) {
        points = ranked.get(i).points();
        rank = s.leaderboard() == LiveSession.Leaderboard.HIDDEN ? null : i + 1;
      }
    }
    return new PlayPage.Panel(
        r.attempt().id(),
        r.attempt().name(),
        s.state().wireName(),
        s.currentIndex(),
        r.quiz().questions().size(),
        q == null ? null : q.id(),
        q == null ? null : q.prompt(),
        q == null ? null : q.type().wireName(),
        q == null || !q.type().hasChoices() ? List.of() : q.choices(),
        mine == null ? null : mine.answer().given(),
        mine == null || !revealed ? null : mine.answer().correct(),
        q != null && revealed ? q.answer() : null,
        q != null && revealed ? q.evidence().text() : null,
        st.locksAt(),
        st.serverNow(),
        points,
        rank,
        rows.size(),
        csrf.token(ctx),
        error);
  }

  private AttemptReport report(Context ctx) {
    String attemptId = ctx.pathParam("attemptId");
    AttemptReport r = attempts.report(attemptId, token(ctx, attemptId));
    if (r.attempt().sessionId() == null) {
      throw Problem.notFound("this attempt is not in a live session");
    }
    return r;
  }

  private String token(Context ctx, String attemptId) {
    return recent
        .tokenFor(ctx, attemptId)
        .orElseThrow(
            () ->
                Problem.forbidden(
                    "this attempt was started in another browser; join the session again"));
  }
}
