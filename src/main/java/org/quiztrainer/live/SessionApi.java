package org.quiztrainer.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.quiztrainer.Problem;
import org.quiztrainer.account.Auth;
import org.quiztrainer.account.Teacher;
import org.quiztrainer.quiz.Question;
import org.quiztrainer.web.JsonBody;

/** Live sessions over JSON (API.md section 4) and their public event stream. */
public final class SessionApi {
  record Started(String sessionId, String joinCode) {}

  record ParticipantLine(String name, int score, int answered, int points) {}

  record QuestionLine(String id, int answered, int correct) {}

  record Results(List<ParticipantLine> participants, List<QuestionLine> questions) {}

  private final Sessions sessions;
  private final SessionViews views;
  private final SessionHub hub;
  private final Auth auth;
  private final ObjectMapper json;
  private final Clock clock;
  private final Jdbi jdbi;
  private final LiveSessionDao dao;
  private final JoinGuard joinsPerAddress;
  private final org.quiztrainer.results.ResultsPages results;

  public SessionApi(
      Sessions sessions,
      SessionViews views,
      SessionHub hub,
      Auth auth,
      ObjectMapper json,
      Clock clock,
      Jdbi jdbi,
      LiveSessionDao dao,
      JoinGuard joinsPerAddress,
      org.quiztrainer.results.ResultsPages results) {
    this.sessions = sessions;
    this.views = views;
    this.hub = hub;
    this.auth = auth;
    this.json = json;
    this.clock = clock;
    this.jdbi = jdbi;
    this.dao = dao;
    this.joinsPerAddress = joinsPerAddress;
    this.results = results;
  }

  /** The session's attempts as CSV, one row per student, one column per question. */
  public void resultsCsv(Context ctx) {
    Teacher t = auth.apiTeacher(ctx);
    LiveSession s = sessions.owned(t, ctx.pathParam("sessionId"));
    results.sessionCsv(ctx, t, s.quizId(), s.id());
  }

  public void start(Context ctx) {
    Teacher t = auth.apiTeacher(ctx);
    JsonBody body = JsonBody.of(ctx, json);
    LiveSession s = sessions.start(t, body.string("quizId"), options(body));
    ctx.status(201).json(new Started(s.id(), s.joinCode()));
  }

  static Sessions.Options options(JsonBody body) {
    String modeName = body.string("mode");
    LiveSession.Mode mode =
        LiveSession.Mode.fromWireName(modeName)
            .orElseThrow(
                () ->
                    Problem.invalid(
                        "mode must be teacher_paced or student_paced, not '" + modeName + "'"));
    var root = body.root();
    int timer = Sessions.DEFAULT_TIMER;
    if (root.hasNonNull("timerSeconds")) {
      if (!root.get("timerSeconds").canConvertToInt()) {
        throw Problem.invalid("'timerSeconds' must be a whole number");
      }
      timer = root.get("timerSeconds").asInt();
    }
    Instant deadline = null;
    if (root.hasNonNull("deadline")) {
      try {
        deadline = Instant.parse(body.string("deadline"));
      } catch (DateTimeParseException e) {
        throw Problem.invalid("'deadline' must be a time such as 2026-12-01T10:30:00Z");
      }
    }
    boolean bonus = root.path("speedBonus").asBoolean(false);
    String boardName = body.optionalString("leaderboard").orElse("shown");
    LiveSession.Leaderboard board =
        LiveSession.Leaderboard.fromWireName(boardName)
            .orElseThrow(() -> Problem.invalid("leaderboard must be shown, anonymous or hidden"));
    return new Sessions.Options(mode, timer, deadline, bonus, board);
  }

  public void join(Context ctx) {
    JsonBody body = JsonBody.of(ctx, json);
    Sessions.Joined joined =
        joinsPerAddress.join(
            ctx.ip(), () -> sessions.join(body.string("joinCode"), body.string("name")));
    ctx.status(201).json(joined);
  }

  public void next(Context ctx) {
    respond(ctx, sessions.next(auth.apiTeacher(ctx), ctx.pathParam("sessionId")));
  }

  public void reveal(Context ctx) {
    respond(ctx, sessions.reveal(auth.apiTeacher(ctx), ctx.pathParam("sessionId")));
  }

  public void close(Context ctx) {
    respond(ctx, sessions.close(auth.apiTeacher(ctx), ctx.pathParam("sessionId")));
  }

  private void respond(Context ctx, LiveSession s) {
    ctx.json(views.teacherState(s.id(), clock.millis()));
  }

  /** The teacher's view of the session: state, counts, every student's progress. */
  public void show(Context ctx) {
    LiveSession s = sessions.owned(auth.apiTeacher(ctx), ctx.pathParam("sessionId"));
    respond(ctx, s);
  }

  /** Where the session is, for any device: no names, no answers. */
  public void state(Context ctx) {
    String id = ctx.pathParam("sessionId");
    views.session(id).orElseThrow(() -> Problem.notFound("there is no session " + id));
    ctx.json(views.publicState(id, clock.millis()));
  }

  /** Before the stream opens, since once it is open its status is 200. */
  public void requireSession(Context ctx) {
    String id = ctx.pathParam("sessionId");
    views.session(id).orElseThrow(() -> Problem.notFound("there is no session " + id));
  }

  public void events(SseClient client) {
    hub.addStudent(client.ctx().pathParam("sessionId"), client);
  }

  public void results(Context ctx) {
    LiveSession s = sessions.owned(auth.apiTeacher(ctx), ctx.pathParam("sessionId"));
    ctx.json(results(s));
  }

  Results results(LiveSession s) {
    List<LiveSessionDao.Participant> people = jdbi.withHandle(h -> dao.participants(h, s.id()));
    Map<String, LiveSessionDao.QuestionCount> counts = new HashMap<>();
    jdbi.withHandle(h -> dao.questionCounts(h, s.id())).forEach(c -> counts.put(c.questionId(), c));
    List<QuestionLine> questions = new ArrayList<>();
    for (Question q : views.quiz(s).questions()) {
      LiveSessionDao.QuestionCount c = counts.get(q.id());
      questions.add(
          new QuestionLine(q.id(), c == null ? 0 : c.answered(), c == null ? 0 : c.correct()));
    }
    return new Results(
        people.stream()
            .map(p -> new ParticipantLine(p.name(), p.correct(), p.answered(), p.points()))
            .toList(),
        questions);
  }
}
