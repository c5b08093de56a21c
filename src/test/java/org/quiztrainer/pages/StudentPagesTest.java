package org.quiztrainer.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quiztrainer.testing.TestApp;

/** The HTML pages over plain HTTP, as a browser without JavaScript uses them. */
class StudentPagesTest {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private final TestApp app = TestApp.start();

  @AfterEach
  void stop() {
    app.close();
  }

  private static String cookies(TestApp.Response r, String previous) {
    StringBuilder jar = new StringBuilder(previous);
    for (String set : r.headers().getOrDefault("set-cookie", java.util.List.of())) {
      jar.append(jar.length() == 0 ? "" : "; ").append(set.split(";", 2)[0]);
    }
    return jar.toString();
  }

  /** A student who started the seed quiz through its form, as a browser without scripts would. */
  private record Browserless(String cookies, String csrf, String attemptUrl) {
    static Browserless start(TestApp app) {
      var page = app.get("/quizzes/belousov-pyongyang");
      String jar = StudentPagesTest.cookies(page, "");
      String token = StudentPagesTest.csrf(page.body());
      var started =
          app.postForm(
              "/quizzes/belousov-pyongyang/attempts",
              Map.of("name", "Ada", "_csrf", token),
              "Cookie",
              jar);
      assertThat(started.status()).isEqualTo(303);
      return new Browserless(
          StudentPagesTest.cookies(started, jar), token, started.header("location"));
    }
  }

  /** The page with the entities jte may use for quotes turned back into characters. */
  private static String text(TestApp.Response r) {
    return r.body().replace("&#39;", "'").replace("&#34;", "\"").replace("&quot;", "\"");
  }

  private static String csrf(String html) {
    Matcher m = CSRF.matcher(html);
    assertThat(m.find()).as("a CSRF field in the form").isTrue();
    return m.group(1);
  }

  @Test
  void the_home_page_lists_the_seed_quiz() {
    var r = app.get("/");
    assertThat(r.status()).isEqualTo(200);
    assertThat(text(r))
        .contains("Russia's defence minister arrives in North Korea", "28 questions");
  }

  @Test
  void cookies_are_http_only_and_same_site() {
    var r = app.get("/quizzes/belousov-pyongyang");
    assertThat(r.header("set-cookie")).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
  }

  @Test
  void pages_forbid_framing_and_foreign_scripts() {
    var r = app.get("/");
    assertThat(r.header("content-security-policy"))
        .contains("script-src 'self'", "frame-ancestors 'none'");
    assertThat(r.header("x-content-type-options")).isEqualTo("nosniff");
  }

  @Test
  void a_form_post_without_the_csrf_field_is_refused_with_a_friendly_page() {
    var page = app.get("/quizzes/belousov-pyongyang");
    String jar = cookies(page, "");
    var r =
        app.postForm("/quizzes/belousov-pyongyang/attempts", Map.of("name", "Ada"), "Cookie", jar);
    assertThat(r.status()).isEqualTo(403);
    assertThat(text(r)).contains("<html", "reload the page");
  }

  @Test
  void a_student_without_javascript_can_start_answer_and_see_the_evidence() {
    Browserless student = Browserless.start(app);
    String jar = student.cookies();
    String token = student.csrf();
    String attemptUrl = student.attemptUrl();

    var question = app.get(attemptUrl, "Cookie", jar);
    assertThat(question.status()).isEqualTo(200);
    assertThat(text(question))
        .contains("Question 1 of 28", "What is Andrei Belousov's job?", "<progress");
    assertThat(question.body())
        .doesNotContain("<mark")
        .doesNotContain("The first sentence introduces him");

    var answered =
        app.postForm(
            attemptUrl + "/answers",
            Map.of(
                "_csrf",
                token,
                "questionId",
                "belousov-job",
                "answer",
                "Russia's foreign minister"),
            "Cookie",
            jar);
    assertThat(answered.status()).isEqualTo(303);
    assertThat(answered.header("location")).endsWith("/questions/belousov-job#evidence");

    var feedback = app.get(answered.header("location").replace("#evidence", ""), "Cookie", jar);
    assertThat(text(feedback))
        .contains("Not quite", "Russia's defence minister", "The first sentence introduces him");
    assertThat(text(feedback))
        .contains(
            "<mark class=\"evidence\" id=\"evidence\">RUSSIAN Defence Minister Andrei Belousov arrived in North Korea</mark>");
    assertThat(app.get(attemptUrl, "Cookie", jar).body()).contains("Question 2 of 28");
  }

  @Test
  void submitting_no_answer_shows_a_form_error_not_a_crash() {
    Browserless student = Browserless.start(app);
    var r =
        app.postForm(
            student.attemptUrl() + "/answers",
            Map.of("_csrf", student.csrf(), "questionId", "belousov-job"),
            "Cookie",
            student.cookies());
    assertThat(r.status()).isEqualTo(400);
    assertThat(text(r)).contains("Please give an answer first.", "What is Andrei Belousov's job?");
  }

  @Test
  void a_blank_name_shows_a_form_error() {
    var page = app.get("/quizzes/belousov-pyongyang");
    var r =
        app.postForm(
            "/quizzes/belousov-pyongyang/attempts",
            Map.of("name", "  ", "_csrf", csrf(page.body())),
            "Cookie",
            cookies(page, ""));
    assertThat(r.status()).isEqualTo(400);
    assertThat(text(r)).contains("Please enter a name", "aria-invalid=\"true\"");
  }

  @Test
  void an_attempt_opened_in_another_browser_is_refused_politely() {
    var r = app.get(Browserless.start(app).attemptUrl());
    assertThat(r.status()).isEqualTo(403);
    assertThat(text(r)).contains("another browser");
  }

  @Test
  void unknown_pages_are_a_friendly_404() {
    var r = app.get("/quizzes/nope");
    assertThat(r.status()).isEqualTo(404);
    assertThat(text(r))
        .contains("<html", "Not found", "Back to the quizzes")
        .doesNotContain("Exception");
    assertThat(app.get("/no/such/page").body()).contains("Back to the quizzes");
  }

  @Test
  void the_openapi_description_is_served() {
    var r = app.get("/openapi.yaml");
    assertThat(r.status()).isEqualTo(200);
    assertThat(text(r)).contains("/api/attempts/{attemptId}/answers", "X-Attempt-Token");
  }
}
