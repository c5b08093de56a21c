package org.quiztrainer.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quiztrainer.testing.PageSession;
import org.quiztrainer.testing.StudentClient;
import org.quiztrainer.testing.TeacherClient;
import org.quiztrainer.testing.TestApp;

/** Headers on every response, and CSRF on every form route declared in Routes. */
class SecurityBaselineTest {
  private final TestApp app = TestApp.start();

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void every_kind_of_response_carries_the_security_headers() {
    for (String path :
        List.of(
            "/",
            "/quizzes/belousov-pyongyang",
            "/study",
            "/join",
            "/login",
            "/api/quizzes",
            "/health",
            "/static/app.css",
            "/no-such-page",
            "/api/no-such-thing")) {
      TestApp.Response r = app.get(path);
      assertThat(r.header("x-content-type-options")).as(path).isEqualTo("nosniff");
      assertThat(r.header("referrer-policy")).as(path).isEqualTo("same-origin");
      assertThat(r.header("content-security-policy"))
          .as(path)
          .contains("script-src 'self'", "frame-ancestors 'none'", "default-src 'self'")
          .doesNotContain("unsafe-inline")
          .doesNotContain("unsafe-eval");
    }
  }

  /** Every non-API POST route of Routes.java, with its path parameters filled in. */
  private List<String> formRoutes(Map<String, String> ids) throws Exception {
    String routes = Files.readString(Path.of("src/main/java/org/quiztrainer/Routes.java"));
    Matcher m = Pattern.compile("r\\.post\\(\"([^\"]+)\"").matcher(routes);
    List<String> out = new ArrayList<>();
    while (m.find()) {
      String path = m.group(1);
      if (!path.startsWith("/api/")) {
        for (var id : ids.entrySet()) {
          path = path.replace("{" + id.getKey() + "}", id.getValue());
        }
        out.add(path);
      }
    }
    return out;
  }

  @Test
  void every_form_route_refuses_a_post_without_its_csrf_token_and_changes_nothing()
      throws Exception {
    TeacherClient ann = TeacherClient.newTeacher(app, "Ann");
    String quiz = ann.publishedThreeQuestionQuiz();
    String session =
        ann.post("/api/sessions", Map.of("quizId", quiz, "mode", "teacher_paced"))
            .json()
            .get("sessionId")
            .asText();
    StudentClient ada = StudentClient.startOn(app, quiz, "Ada");
    PageSession admin = PageSession.admin(app);
    List<String> routes =
        formRoutes(
            Map.of(
                "quizId", quiz,
                "questionId", "month",
                "sessionId", session,
                "attemptId", ada.attemptId(),
                "practiceId", "p",
                "answerId", "a",
                "action", "publish"));
    assertThat(routes).hasSizeGreaterThanOrEqualTo(25).contains("/login", "/study/forget");
    List<String> tables = List.of("attempt", "answer", "quiz", "question", "teacher", "learner");
    Map<String, Integer> before = new java.util.HashMap<>();
    tables.forEach(t -> before.put(t, app.count(t)));
    for (String path : routes) {
      TestApp.Response r = admin.postRaw(path, Map.of("name", "x", "title", "New title"));
      assertThat(r.status()).as(path).isEqualTo(403);
      assertThat(r.body()).as(path).contains("this form has expired or came from another site");
      TestApp.Response forged =
          admin.postRaw(path, Map.of("_csrf", "forged-token-forged-token-forged-token-forge"));
      assertThat(forged.status()).as(path + " with a forged token").isEqualTo(403);
    }
    tables.forEach(t -> assertThat(app.count(t)).as(t).isEqualTo(before.get(t)));
  }
}
