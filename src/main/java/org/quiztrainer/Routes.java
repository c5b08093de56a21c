package org.quiztrainer;

import io.javalin.config.RoutesConfig;
import org.quiztrainer.attempt.AttemptApi;
import org.quiztrainer.attempt.AttemptPages;
import org.quiztrainer.attempt.StartPages;
import org.quiztrainer.quiz.QuizApi;
import org.quiztrainer.system.ApiDocs;
import org.quiztrainer.system.Health;
import org.quiztrainer.web.Csrf;
import org.quiztrainer.web.Errors;
import org.quiztrainer.web.SecurityHeaders;

/** Every route of the app, in one place, with who may use it. */
final class Routes {
  private final Health health;
  private final ApiDocs docs;
  private final QuizApi quizApi;
  private final AttemptApi attemptApi;
  private final StartPages startPages;
  private final AttemptPages attemptPages;
  private final Csrf csrf;

  Routes(
      Health health,
      ApiDocs docs,
      QuizApi quizApi,
      AttemptApi attemptApi,
      StartPages startPages,
      AttemptPages attemptPages,
      Csrf csrf) {
    this.health = health;
    this.docs = docs;
    this.quizApi = quizApi;
    this.attemptApi = attemptApi;
    this.startPages = startPages;
    this.attemptPages = attemptPages;
    this.csrf = csrf;
  }

  void register(RoutesConfig r) {
    Errors.register(r);
    r.before(SecurityHeaders::apply);
    r.before(csrf::check); // every HTML form POST

    // System: anyone.
    r.get("/health", health::check);
    r.get("/openapi.yaml", docs::spec);
    r.get("/api/docs", docs::ui);

    // Student JSON API (API.md section 3): anyone may read published quizzes and start an
    // attempt; answering and reading an attempt need its X-Attempt-Token.
    r.get("/api/quizzes", quizApi::list);
    r.get("/api/quizzes/{quizId}", quizApi::show);
    r.post("/api/quizzes/{quizId}/attempts", attemptApi::start);
    r.post("/api/attempts/{attemptId}/answers", attemptApi::answer);
    r.get("/api/attempts/{attemptId}", attemptApi::show);

    // Student pages: anyone may start; an attempt's pages need its token in this browser's cookie.
    r.get("/", startPages::home);
    r.get("/quizzes/{quizId}", startPages::show);
    r.post("/quizzes/{quizId}/attempts", startPages::start);
    r.get("/attempts/{attemptId}", attemptPages::current);
    r.post("/attempts/{attemptId}/answers", attemptPages::answer);
    r.get("/attempts/{attemptId}/questions/{questionId}", attemptPages::feedback);
    r.get("/attempts/{attemptId}/result", attemptPages::result);
  }
}
