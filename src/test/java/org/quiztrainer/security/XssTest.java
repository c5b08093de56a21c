package org.quiztrainer.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quiztrainer.testing.PageSession;
import org.quiztrainer.testing.StudentClient;
import org.quiztrainer.testing.TeacherClient;
import org.quiztrainer.testing.TestApp;

/**
 * Script, quotes and event handlers in every place a person can type text (the article, the
 * questions, an import file, a nickname, an answer) come out inert on every page that shows them,
 * the projector included, and a CSV cell never starts a formula.
 */
class XssTest {
  private static final String SCRIPT = "<script>alert('x')</script>";
  private static final String IMG = "\"><img src=x onerror=alert(1)>";
  private static final String FORMULA = "=HYPERLINK(\"http://evil.example\")";

  private final TestApp app = TestApp.start();
  private final TeacherClient ann = TeacherClient.newTeacher(app, "Ann");
  private final PageSession teacher =
      PageSession.signedIn(app, "ann@school.test", "ann-password-1");

  @AfterEach
  void stop() {
    app.close();
  }

  private String hostileQuiz() {
    String article = "Cats " + SCRIPT + " arrived in March. The sign read " + IMG + " today.";
    Map<String, Object> file =
        Map.of(
            "format",
            "quiz-trainer/1",
            "title",
            "Quiz " + SCRIPT,
            "article",
            Map.of("title", "Title " + IMG, "source", "Src " + SCRIPT, "text", article),
            "questions",
            List.of(
                Map.of(
                    "id",
                    "q1",
                    "type",
                    "multiple_choice",
                    "prompt",
                    "When " + SCRIPT + "?",
                    "choices",
                    List.of("March", "May " + IMG, FORMULA),
                    "answer",
                    "March",
                    "explanation",
                    "Because " + IMG,
                    "evidence",
                    Map.of("text", "Cats " + SCRIPT + " arrived in March.")),
                Map.of(
                    "id",
                    "q2",
                    "type",
                    "short_answer",
                    "prompt",
                    "What did the sign read " + IMG + "?",
                    "answer",
                    IMG,
                    "evidence",
                    Map.of("text", IMG))));
    TestApp.Response r =
        app.postBytes(
            "/api/quizzes/import?format=json",
            TestApp.write(file).getBytes(StandardCharsets.UTF_8),
            ann.auth());
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    String id = r.json().get("quizId").asText();
    ann.post("/api/quizzes/" + id + "/publish", "");
    return id;
  }

  private static void assertInert(String where, String html) {
    assertThat(html)
        .as(where)
        .doesNotContain("<script>alert")
        .doesNotContain("<img src=x"); // "&lt;img src=x onerror=…" is text, and inert
  }

  @Test
  void hostile_text_is_escaped_on_every_page_that_shows_it() {
    String quiz = hostileQuiz();
    StudentClient.startOn(app, quiz, SCRIPT); // a nickname through the API

    PageSession student = new PageSession(app);
    assertInert("home", student.get("/").body());
    assertInert("start", student.get("/quizzes/" + quiz).body());
    String attempt =
        student.post("/quizzes/" + quiz + "/attempts", Map.of("name", IMG)).header("location");
    assertInert("question", student.get(attempt).body());
    String feedback =
        student
            .post(attempt + "/answers", Map.of("questionId", "q1", "answer", "May " + IMG))
            .header("location")
            .replace("#evidence", "");
    assertInert("feedback", student.get(feedback).body());
    student.post(attempt + "/answers", Map.of("questionId", "q2", "answer", SCRIPT + FORMULA));
    assertInert("score", student.get(attempt + "/result").body());
    assertInert("recent attempts", student.get("/").body());

    student.get("/quizzes/" + quiz);
    String practice =
        student
            .post("/study/quizzes/" + quiz + "/practice", Map.of("mode", "medium"))
            .header("location");
    assertInert("practice", student.get(practice).body());
    String answer =
        student
            .post(practice + "/answers", Map.of("questionId", "q1", "answer", "March"))
            .header("location");
    assertInert("cite", student.get(answer).body());
    student.post(answer + "/citation", Map.of("sentence", "0"));
    assertInert("practice feedback", student.get(answer).body());
    assertInert("summary", student.get(practice + "/summary").body());
    assertInert("my practice", student.get("/study").body());

    assertInert("dashboard", teacher.get("/teach").body());
    assertInert("review", teacher.get("/teach/quizzes/" + quiz).body());
    assertInert("edit", teacher.get("/teach/quizzes/" + quiz + "/questions/q1/edit").body());
    assertInert("results", teacher.get("/teach/quizzes/" + quiz + "/results").body());
    // An export is the file as written, served as a download that no browser runs as a page.
    TestApp.Response export = teacher.get("/teach/quizzes/" + quiz + "/export?format=gift");
    assertThat(export.header("content-type")).startsWith("text/plain");
    assertThat(export.header("content-disposition")).startsWith("attachment");
    assertThat(export.header("x-content-type-options")).isEqualTo("nosniff");
  }

  @Test
  void a_hostile_nickname_is_inert_on_the_projector_and_the_students_screen() {
    String quiz = hostileQuiz();
    var started = ann.post("/api/sessions", Map.of("quizId", quiz, "mode", "teacher_paced")).json();
    String session = started.get("sessionId").asText();
    PageSession kid = new PageSession(app);
    kid.get("/join");
    String play =
        kid.post("/join", Map.of("code", started.get("joinCode").asText(), "name", IMG))
            .header("location");
    ann.post("/api/sessions/" + session + "/next", "");
    assertInert("play", kid.get(play).body());
    assertInert("play panel", kid.get(play + "/panel").body());
    assertInert("projector", teacher.get("/teach/sessions/" + session).body());
    assertInert("projector panel", teacher.get("/teach/sessions/" + session + "/panel").body());
    assertThat(teacher.get("/teach/sessions/" + session).body()).contains("&lt;img src=x");
  }

  @Test
  void csv_cells_that_a_spreadsheet_would_run_start_with_an_apostrophe() {
    String quiz = hostileQuiz();
    StudentClient s = StudentClient.startOn(app, quiz, "=1+2");
    s.answer("q2", FORMULA);
    String csv = ann.get("/api/quizzes/" + quiz + "/results.csv").body();
    assertThat(csv).contains("'=1+2").doesNotContain(",=1+2").doesNotContain("\n=1+2");
    assertThat(csv).doesNotContain(",=HYPERLINK").doesNotContain(",\"=HYPERLINK");
  }
}
