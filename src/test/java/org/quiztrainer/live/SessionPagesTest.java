package org.quiztrainer.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quiztrainer.testing.PageSession;
import org.quiztrainer.testing.TeacherClient;
import org.quiztrainer.testing.TestApp;

/** The live pages as a browser without JavaScript sees them. */
class SessionPagesTest {
  private final TestApp app = TestApp.start();
  private final TeacherClient ann = TeacherClient.newTeacher(app, "Ann");
  private final String quiz = ann.publishedSeedQuiz("Live quiz");
  private final JsonNode questions = ann.full(quiz).get("questions");

  @AfterEach
  void stop() {
    app.close();
  }

  private JsonNode session(String mode) {
    return ann.post("/api/sessions", Map.of("quizId", quiz, "mode", mode)).json();
  }

  private String joinByForm(PageSession student, String code, String name) {
    student.get("/join?code=" + code);
    var r = student.post("/join", Map.of("code", code, "name", name));
    assertThat(r.status()).as(r.body()).isEqualTo(303);
    return r.header("location");
  }

  @Test
  void a_student_who_refreshes_or_comes_back_is_exactly_where_they_were() {
    JsonNode s = session("teacher_paced");
    String sid = s.get("sessionId").asText();
    PageSession noor = new PageSession(app);
    String play = joinByForm(noor, s.get("joinCode").asText(), "Noor");
    assertThat(play).startsWith("/play/");
    assertThat(noor.get(play).body()).contains("You're in! Waiting for your teacher to start.");

    ann.post("/api/sessions/" + sid + "/next", "");
    String page = noor.get(play).body();
    assertThat(page)
        .contains("Question 1 of " + questions.size(), questions.get(0).get("prompt").asText());
    assertThat(page).doesNotContain(questions.get(1).get("prompt").asText());

    String answer =
        questions.get(0).has("choices")
            ? questions.get(0).get("choices").get(0).asText()
            : "something";
    var sent =
        noor.post(
            play + "/answers",
            Map.of("questionId", questions.get(0).get("id").asText(), "answer", answer));
    assertThat(sent.status()).isEqualTo(303);
    assertThat(noor.get(play).body()).contains("Answer sent");
    assertThat(noor.get(play).body()).as("after a refresh, still sent").contains("Answer sent");

    PageSession elsewhere = new PageSession(app);
    var other = elsewhere.get(play);
    assertThat(other.status()).isEqualTo(403);
    assertThat(other.body()).contains("join the session again");
  }

  @Test
  void the_join_form_explains_a_wrong_code_and_a_taken_nickname() {
    JsonNode s = session("teacher_paced");
    String code = s.get("joinCode").asText();
    joinByForm(new PageSession(app), code, "Noor");
    PageSession kai = new PageSession(app);
    kai.get("/join");
    var taken = kai.post("/join", Map.of("code", code, "name", "NOOR"));
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.body())
        .contains("Someone in this session is already called NOOR", "value=\"" + code + "\"");
    var wrong = kai.post("/join", Map.of("code", "12", "name", "Kai"));
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.body()).contains("The join code is 6 digits.");
  }

  @Test
  void twenty_wrong_codes_from_one_address_stop_further_joins_for_a_minute() {
    JsonNode s = session("teacher_paced");
    int status = 0;
    for (int i = 0; i < 20; i++) {
      String guess = String.format("%06d", i);
      if (!guess.equals(s.get("joinCode").asText())) {
        status = app.postJson("/api/join", Map.of("joinCode", guess, "name", "G" + i)).status();
      }
    }
    assertThat(status).isEqualTo(404);
    var blocked =
        app.postJson("/api/join", Map.of("joinCode", s.get("joinCode").asText(), "name", "Real"));
    assertThat(blocked.status()).isEqualTo(429);
    assertThat(blocked.json().get("error").asText()).contains("wait a minute");
  }

  @Test
  void the_projector_is_for_the_owner_only_and_shows_the_code_and_a_qr_code() {
    JsonNode s = session("teacher_paced");
    String path = "/teach/sessions/" + s.get("sessionId").asText();
    PageSession owner = PageSession.signedIn(app, "ann@school.test", "ann-password-1");
    String page = owner.get(path).body();
    assertThat(page).contains(s.get("joinCode").asText(), "<svg class=\"qr\"", "/join?code=");
    assertThat(owner.get("/teach/quizzes/" + quiz).body())
        .as("the review screen leads back to the session")
        .contains("href=\"" + path + "\"");
    assertThat(new PageSession(app).get(path).status()).isEqualTo(303);
    TeacherClient.newTeacher(app, "Bob");
    PageSession bob = PageSession.signedIn(app, "bob@school.test", "bob-password-1");
    assertThat(bob.get(path).status()).isEqualTo(404);
    assertThat(bob.post(path + "/next", Map.of()).status()).isEqualTo(404);
    assertThat(owner.post(path + "/next", Map.of()).status()).isEqualTo(303);
  }

  @Test
  void
      a_student_paced_session_sends_students_to_the_quiz_with_the_article_and_the_teacher_gets_csv() {
    JsonNode s = session("student_paced");
    PageSession noor = new PageSession(app);
    String play = joinByForm(noor, s.get("joinCode").asText(), "Noor");
    var r = noor.get(play);
    assertThat(r.status()).isEqualTo(303);
    assertThat(r.header("location")).startsWith("/attempts/");
    assertThat(noor.get(r.header("location")).body()).contains("Question 1 of", "id=\"article\"");
    String csv = ann.get("/api/sessions/" + s.get("sessionId").asText() + "/results.csv").body();
    assertThat(csv.lines().count()).isEqualTo(2);
    assertThat(csv).contains("Noor");
  }
}
