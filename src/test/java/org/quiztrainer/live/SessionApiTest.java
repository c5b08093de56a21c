package org.quiztrainer.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quiztrainer.testing.MovableClock;
import org.quiztrainer.testing.TeacherClient;
import org.quiztrainer.testing.TestApp;

class SessionApiTest {
  private final MovableClock clock = new MovableClock();
  private final TestApp app = TestApp.start(clock);
  private final TeacherClient ann = TeacherClient.newTeacher(app, "Ann");
  private final String quiz = ann.publishedSeedQuiz("Live quiz");
  private final JsonNode questions = ann.full(quiz).get("questions");

  @AfterEach
  void stop() {
    app.close();
  }

  private JsonNode start(Map<String, Object> body) {
    var r = ann.post("/api/sessions", body);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json();
  }

  private JsonNode teacherPaced() {
    return start(Map.of("quizId", quiz, "mode", "teacher_paced", "timerSeconds", 20));
  }

  private TestApp.Response join(String code, String name) {
    return app.postJson("/api/join", Map.of("joinCode", code, "name", name));
  }

  private TestApp.Response answer(JsonNode joined, String questionId, String answer) {
    return app.postJson(
        "/api/attempts/" + joined.get("attemptId").asText() + "/answers",
        Map.of("questionId", questionId, "answer", answer),
        "X-Attempt-Token",
        joined.get("token").asText());
  }

  private String id(int index) {
    return questions.get(index).get("id").asText();
  }

  private String key(int index) {
    return questions.get(index).get("answer").asText();
  }

  /** A wrong answer the question accepts as an answer: another choice, or a made-up text. */
  private String wrong(int index) {
    for (JsonNode c : questions.get(index).path("choices")) {
      if (!c.asText().equals(key(index))) {
        return c.asText();
      }
    }
    return "definitely not the answer 123";
  }

  private void control(String sessionId, String action) {
    var r = ann.post("/api/sessions/" + sessionId + "/" + action, "");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
  }

  @Test
  void a_session_gets_a_six_digit_join_code_and_students_join_without_accounts() {
    JsonNode s = teacherPaced();
    assertThat(s.get("joinCode").asText()).matches("\\d{6}");
    var joined = join(s.get("joinCode").asText(), "Noor");
    assertThat(joined.status()).isEqualTo(201);
    assertThat(joined.json().get("sessionId").asText()).isEqualTo(s.get("sessionId").asText());
    assertThat(joined.json().get("token").asText()).isNotBlank();
    JsonNode state = app.get("/api/sessions/" + s.get("sessionId").asText() + "/state").json();
    assertThat(state.get("state").asText()).isEqualTo("lobby");
    assertThat(state.get("participants").asInt()).isEqualTo(1);
    assertThat(state.toString()).doesNotContain("Noor");
  }

  @Test
  void a_nickname_taken_in_the_session_is_refused_with_a_clear_message() {
    String code = teacherPaced().get("joinCode").asText();
    assertThat(join(code, "Noor").status()).isEqualTo(201);
    var again = join(code, " noor ");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("error").asText())
        .isEqualTo(
            "someone in this session is already called noor; add an initial or choose another"
                + " nickname");
    String other = teacherPaced().get("joinCode").asText();
    assertThat(join(other, "Noor").status()).as("another session may have a Noor").isEqualTo(201);
  }

  @Test
  void wrong_codes_and_bad_bodies_get_clear_errors() {
    teacherPaced();
    assertThat(join("12345", "A").json().get("error").asText())
        .isEqualTo("the join code is 6 digits");
    assertThat(join("000000", "A").status()).isIn(201, 404);
    assertThat(app.postJson("/api/join", "{nope").status()).isEqualTo(400);
    assertThat(app.postJson("/api/join", Map.of("joinCode", 123456, "name", "A")).status())
        .isEqualTo(400);
    assertThat(
            ann.post("/api/sessions", Map.of("quizId", quiz, "mode", "fast"))
                .json()
                .get("error")
                .asText())
        .contains("mode must be teacher_paced or student_paced");
    assertThat(
            ann.post("/api/sessions", Map.of("quizId", "nope", "mode", "teacher_paced")).status())
        .isEqualTo(404);
  }

  @Test
  void a_draft_quiz_cannot_be_run_live() {
    String draft = ann.draftSeedQuiz("Draft");
    var r = ann.post("/api/sessions", Map.of("quizId", draft, "mode", "teacher_paced"));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("error").asText()).contains("publish the quiz");
  }

  @Test
  void teacher_paced_students_answer_only_the_open_question_until_its_timer_ends() {
    JsonNode s = teacherPaced();
    String sid = s.get("sessionId").asText();
    JsonNode noor = join(s.get("joinCode").asText(), "Noor").json();
    JsonNode kai = join(s.get("joinCode").asText(), "Kai").json();

    var early = answer(noor, id(0), key(0));
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.json().get("error").asText()).contains("not open now");

    control(sid, "next");
    JsonNode state = app.get("/api/sessions/" + sid + "/state").json();
    assertThat(state.get("state").asText()).isEqualTo("question");
    assertThat(state.get("questionId").asText()).isEqualTo(id(0));
    assertThat(answer(noor, id(1), key(1)).status()).as("no answering ahead").isEqualTo(409);
    assertThat(answer(noor, id(0), key(0)).status()).isEqualTo(200);

    clock.advance(Duration.ofSeconds(21));
    var late = answer(kai, id(0), key(0));
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.json().get("error").asText()).isEqualTo("time is up for this question");
    assertThat(answer(noor, id(0), key(0)).status())
        .as("resending a stored answer after the timer returns the same result")
        .isEqualTo(200);

    control(sid, "reveal");
    assertThat(answer(kai, id(0), key(0)).status()).isEqualTo(409);
    control(sid, "next");
    assertThat(answer(kai, id(1), key(1)).status()).isEqualTo(200);
  }

  @Test
  void the_last_next_ends_the_session_and_its_code_dies() {
    JsonNode s = teacherPaced();
    String sid = s.get("sessionId").asText();
    JsonNode noor = join(s.get("joinCode").asText(), "Noor").json();
    control(sid, "close");
    assertThat(app.get("/api/sessions/" + sid + "/state").json().get("state").asText())
        .isEqualTo("closed");
    var r = join(s.get("joinCode").asText(), "Late");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.json().get("error").asText()).contains("no open session has the code");
    assertThat(answer(noor, id(0), key(0)).json().get("error").asText())
        .isEqualTo("this session has ended");
    assertThat(ann.post("/api/sessions/" + sid + "/next", "").status()).isEqualTo(409);
  }

  @Test
  void student_paced_students_answer_in_any_order_until_the_deadline() {
    String deadline = clock.instant().plus(Duration.ofMinutes(10)).toString();
    JsonNode s = start(Map.of("quizId", quiz, "mode", "student_paced", "deadline", deadline));
    JsonNode noor = join(s.get("joinCode").asText(), "Noor").json();
    assertThat(answer(noor, id(2), key(2)).status()).isEqualTo(200);
    assertThat(answer(noor, id(0), key(0)).status()).isEqualTo(200);
    assertThat(ann.post("/api/sessions/" + s.get("sessionId").asText() + "/next", "").status())
        .isEqualTo(409);
    clock.advance(Duration.ofMinutes(11));
    var late = answer(noor, id(1), key(1));
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.json().get("error").asText()).contains("deadline");
  }

  @Test
  void results_list_participants_and_questions_for_the_owner_only() {
    JsonNode s = start(Map.of("quizId", quiz, "mode", "student_paced"));
    String sid = s.get("sessionId").asText();
    JsonNode noor = join(s.get("joinCode").asText(), "Noor").json();
    JsonNode kai = join(s.get("joinCode").asText(), "Kai").json();
    answer(noor, id(0), key(0));
    answer(noor, id(1), key(1));
    answer(kai, id(0), wrong(0));

    var r = ann.get("/api/sessions/" + sid + "/results");
    assertThat(r.status()).isEqualTo(200);
    JsonNode people = r.json().get("participants");
    assertThat(people.get(0).get("name").asText()).isEqualTo("Noor");
    assertThat(people.get(0).get("score").asInt()).isEqualTo(2);
    assertThat(people.get(0).get("answered").asInt()).isEqualTo(2);
    assertThat(people.get(1).get("score").asInt()).isZero();
    assertThat(people.get(1).get("answered").asInt()).isEqualTo(1);
    JsonNode q0 = r.json().get("questions").get(0);
    assertThat(q0.get("id").asText()).isEqualTo(id(0));
    assertThat(q0.get("answered").asInt()).isEqualTo(2);
    assertThat(q0.get("correct").asInt()).isEqualTo(1);
    assertThat(r.json().get("questions").size()).isEqualTo(questions.size());

    TeacherClient bob = TeacherClient.newTeacher(app, "Bob");
    assertThat(bob.get("/api/sessions/" + sid + "/results").status()).isEqualTo(404);
    assertThat(app.get("/api/sessions/" + sid + "/results").status()).isEqualTo(401);
    assertThat(
            app.get(
                    "/api/sessions/" + sid + "/results",
                    "Authorization",
                    "Bearer " + noor.get("token").asText())
                .status())
        .isEqualTo(401);
    assertThat(TeacherClient.admin(app).get("/api/sessions/" + sid + "/results").status())
        .isEqualTo(200);
  }

  @Test
  void session_answers_are_ordinary_attempts_in_the_quiz_results() {
    JsonNode s = start(Map.of("quizId", quiz, "mode", "student_paced"));
    JsonNode noor = join(s.get("joinCode").asText(), "Noor").json();
    answer(noor, id(0), key(0));
    String csv = ann.get("/api/quizzes/" + quiz + "/results.csv").body();
    assertThat(csv).contains(noor.get("attemptId").asText(), "Noor");
  }

  @Test
  void with_the_speed_bonus_a_faster_right_answer_earns_more_points() {
    JsonNode s =
        start(
            Map.of(
                "quizId", quiz, "mode", "teacher_paced", "timerSeconds", 20, "speedBonus", true));
    String sid = s.get("sessionId").asText();
    JsonNode fast = join(s.get("joinCode").asText(), "Fast").json();
    JsonNode slow = join(s.get("joinCode").asText(), "Slow").json();
    control(sid, "next");
    answer(fast, id(0), key(0));
    clock.advance(Duration.ofSeconds(10));
    answer(slow, id(0), key(0));
    JsonNode people = ann.get("/api/sessions/" + sid + "/results").json().get("participants");
    int fastPoints = people.get(0).get("points").asInt();
    int slowPoints = people.get(1).get("points").asInt();
    assertThat(fastPoints).isBetween(990, 1000);
    assertThat(slowPoints).isBetween(740, 760);
  }
}
