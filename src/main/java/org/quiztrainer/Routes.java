package org.quiztrainer;

import io.javalin.config.RoutesConfig;
import org.quiztrainer.account.AccountApi;
import org.quiztrainer.account.AccountPages;
import org.quiztrainer.attempt.AttemptApi;
import org.quiztrainer.attempt.AttemptPages;
import org.quiztrainer.attempt.StartPages;
import org.quiztrainer.authoring.ArticlePages;
import org.quiztrainer.authoring.AuthoringApi;
import org.quiztrainer.authoring.AuthoringPages;
import org.quiztrainer.learner.StudyPages;
import org.quiztrainer.live.SessionApi;
import org.quiztrainer.live.SessionPages;
import org.quiztrainer.quiz.QuizApi;
import org.quiztrainer.results.ResultsPages;
import org.quiztrainer.system.ApiDocs;
import org.quiztrainer.system.Health;
import org.quiztrainer.system.Metrics;
import org.quiztrainer.web.Csrf;
import org.quiztrainer.web.Errors;
import org.quiztrainer.web.SecurityHeaders;

/** Every route of the app, in one place, with who may use it. */
final class Routes {
  /** The handlers, one per feature. */
  record Handlers(
      Health health,
      ApiDocs docs,
      QuizApi quizApi,
      AttemptApi attemptApi,
      StartPages startPages,
      AttemptPages attemptPages,
      AccountApi accountApi,
      AccountPages accountPages,
      AuthoringApi authoringApi,
      AuthoringPages authoringPages,
      ArticlePages articlePages,
      ResultsPages resultsPages,
      SessionApi sessionApi,
      SessionPages sessionPages,
      StudyPages studyPages,
      Metrics metrics,
      Csrf csrf) {}

  private final Handlers h;

  Routes(Handlers handlers) {
    this.h = handlers;
  }

  /**
   * Refuses a body over the limit from its Content-Length, before reading any of it: a client that
   * waits for "100 Continue" then never sends it, and none of it is read in vain.
   */
  private static void refuseHugeBodies(io.javalin.http.Context ctx) {
    if (ctx.contentLength() > App.MAX_REQUEST_BYTES) {
      throw Problem.tooLarge("the request body is over 1 MB");
    }
    if (ctx.path().startsWith("/api/") && ctx.contentLength() > 0) {
      // An API body is read whole before any answer, even a refusal that needs none of it: a
      // reply sent over an unread body makes the server drop the connection, and a client
      // reusing it would see no reply at all. Javalin keeps the bytes for the handler.
      ctx.bodyAsBytes();
    }
  }

  void register(RoutesConfig r) {
    Errors.register(r);
    r.before(SecurityHeaders::apply);
    r.before(Routes::refuseHugeBodies);
    r.before(h.csrf()::check); // every HTML form POST

    // System: anyone.
    r.get("/health", h.health()::check);
    r.get("/metrics", h.metrics()::scrape); // the metrics scraper's token, or an admin
    r.get("/openapi.yaml", h.docs()::spec);
    r.get("/api/docs", h.docs()::ui);

    // Student JSON API (API.md section 3): anyone may read published quizzes and start an
    // attempt; answering and reading an attempt need its X-Attempt-Token.
    r.get("/api/quizzes", h.quizApi()::list);
    r.get("/api/quizzes/{quizId}", h.quizApi()::show);
    r.post("/api/quizzes/{quizId}/attempts", h.attemptApi()::start);
    r.post("/api/attempts/{attemptId}/answers", h.attemptApi()::answer);
    r.get("/api/attempts/{attemptId}", h.attemptApi()::show);

    // Student pages: anyone may start; an attempt's pages need its token in this browser's cookie.
    r.get("/", h.startPages()::home);
    r.get("/quizzes/{quizId}", h.startPages()::show);
    r.post("/quizzes/{quizId}/attempts", h.startPages()::start);
    r.get("/attempts/{attemptId}", h.attemptPages()::current);
    r.post("/attempts/{attemptId}/answers", h.attemptPages()::answer);
    r.get("/attempts/{attemptId}/questions/{questionId}", h.attemptPages()::feedback);
    r.get("/attempts/{attemptId}/result", h.attemptPages()::result);

    // Self-study pages: anyone. The learner is the one this browser's cookie names, made on the
    // first practice; every page reads only that learner's data, and another's ids are 404.
    r.get("/study", h.studyPages()::home);
    r.post("/study/quizzes/{quizId}/practice", h.studyPages()::start);
    r.get("/study/practice/{practiceId}", h.studyPages()::practice);
    r.post("/study/practice/{practiceId}/answers", h.studyPages()::answer);
    r.get("/study/practice/{practiceId}/summary", h.studyPages()::summary);
    r.get("/study/answers/{answerId}", h.studyPages()::answered);
    r.post("/study/answers/{answerId}/citation", h.studyPages()::cite);
    r.get("/study/review", h.studyPages()::review);
    r.post("/study/review/answers", h.studyPages()::reviewAnswer);
    r.get("/study/progress", h.studyPages()::progress);
    r.post("/study/recovery-code", h.studyPages()::recoveryCode);
    r.get("/study/continue", h.studyPages()::continueForm);
    r.post("/study/continue", h.studyPages()::continueWith); // rate limited
    r.post("/study/forget", h.studyPages()::forget);

    // Teacher API (API.md section 4): a Bearer token from POST /api/auth/token; each handler
    // checks it, and that the teacher owns what is asked for (admins own everything).
    r.post("/api/auth/token", h.accountApi()::issueToken); // anyone, rate limited
    r.delete("/api/auth/token", h.accountApi()::revokeToken);
    r.post("/api/teachers", h.accountApi()::createTeacher); // admin
    r.get("/api/teachers", h.accountApi()::listTeachers); // admin
    r.post("/api/articles", h.authoringApi()::createArticle);
    r.get("/api/teacher/quizzes", h.authoringApi()::mine);
    r.get("/api/quizzes/{quizId}/full", h.authoringApi()::full);
    r.post("/api/quizzes/{quizId}/publish", h.authoringApi()::publish);
    r.post("/api/quizzes/{quizId}/unpublish", h.authoringApi()::unpublish);
    r.get("/api/quizzes/{quizId}/export", h.authoringApi()::export);
    r.get("/api/quizzes/{quizId}/results.csv", h.resultsPages()::csvApi);
    r.post("/api/quizzes/import", h.authoringApi()::importFile);

    // Live sessions (API.md section 4): the owner starts and paces them with a Bearer token;
    // students join with the code, no account, and answer through the student API above.
    r.post("/api/sessions", h.sessionApi()::start);
    r.get("/api/sessions/{sessionId}", h.sessionApi()::show);
    r.post("/api/sessions/{sessionId}/next", h.sessionApi()::next);
    r.post("/api/sessions/{sessionId}/reveal", h.sessionApi()::reveal);
    r.post("/api/sessions/{sessionId}/close", h.sessionApi()::close);
    r.get("/api/sessions/{sessionId}/results", h.sessionApi()::results);
    r.get("/api/sessions/{sessionId}/results.csv", h.sessionApi()::resultsCsv);
    r.post("/api/join", h.sessionApi()::join); // anyone, rate limited
    r.get("/api/sessions/{sessionId}/state", h.sessionApi()::state); // anyone: no names or keys
    r.before("/api/sessions/{sessionId}/events", h.sessionApi()::requireSession);
    r.sse("/api/sessions/{sessionId}/events", h.sessionApi()::events); // anyone: the same

    // Live session pages. Joining and playing: anyone with the code, then the attempt's token in
    // this browser's cookie. The projector and its controls: the owner, signed in.
    r.get("/join", h.sessionPages()::joinForm);
    r.post("/join", h.sessionPages()::join);
    r.get("/play/{attemptId}", h.sessionPages()::play);
    r.get("/play/{attemptId}/panel", h.sessionPages()::playPanel);
    r.post("/play/{attemptId}/answers", h.sessionPages()::answer);
    r.post("/teach/quizzes/{quizId}/sessions", h.sessionPages()::start);
    r.get("/teach/sessions/{sessionId}", h.sessionPages()::projector);
    r.get("/teach/sessions/{sessionId}/panel", h.sessionPages()::projectorPanel);
    r.get("/teach/sessions/{sessionId}/results.csv", h.sessionPages()::resultsCsv);
    r.before("/teach/sessions/{sessionId}/events", h.sessionPages()::teacherEventsAllowed);
    r.sse("/teach/sessions/{sessionId}/events", h.sessionPages()::teacherEvents);
    r.post("/teach/sessions/{sessionId}/{action}", h.sessionPages()::control);

    // Teacher sign-in: anyone. Everything under /teach and /account needs a signed-in teacher
    // (a session cookie); each handler checks ownership.
    r.get("/login", h.accountPages()::loginForm);
    r.post("/login", h.accountPages()::login);
    r.post("/logout", h.accountPages()::logout);
    r.get("/account/password", h.accountPages()::passwordForm);
    r.post("/account/password", h.accountPages()::changePassword);
    r.get("/teach/teachers", h.accountPages()::teachers); // admin
    r.post("/teach/teachers", h.accountPages()::createTeacher); // admin
    r.get("/teach", h.authoringPages()::dashboard);
    r.get("/teach/articles/new", h.articlePages()::newArticle);
    r.post("/teach/articles", h.articlePages()::createArticle);
    r.get("/teach/import", h.articlePages()::importForm);
    r.post("/teach/import", h.articlePages()::importFile);
    r.get("/teach/quizzes/{quizId}", h.authoringPages()::review);
    r.get("/teach/quizzes/{quizId}/drafting", h.articlePages()::drafting);
    r.get("/teach/quizzes/{quizId}/export", h.authoringPages()::export);
    r.get("/teach/quizzes/{quizId}/results", h.resultsPages()::page);
    r.get("/teach/quizzes/{quizId}/results.csv", h.resultsPages()::csvPage);
    r.post("/teach/quizzes/{quizId}/title", h.authoringPages()::rename);
    r.post("/teach/quizzes/{quizId}/publish", h.authoringPages()::publish);
    r.post("/teach/quizzes/{quizId}/preview", h.authoringPages()::preview);
    r.get("/teach/quizzes/{quizId}/questions/new", h.authoringPages()::newQuestion);
    r.post("/teach/quizzes/{quizId}/questions", h.authoringPages()::saveQuestion);
    r.get("/teach/quizzes/{quizId}/questions/{questionId}/edit", h.authoringPages()::editQuestion);
    r.post("/teach/quizzes/{quizId}/questions/{questionId}", h.authoringPages()::saveQuestion);
    r.post("/teach/quizzes/{quizId}/questions/{questionId}/{action}", h.authoringPages()::act);
  }
}
