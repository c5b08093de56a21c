package org.quiztrainer.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quiztrainer.testing.TeacherClient;
import org.quiztrainer.testing.TestApp;

class TeacherApiTest {
  private final TestApp app = TestApp.start();

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void the_admin_from_the_environment_gets_a_token_with_its_expiry() {
    var r =
        app.postJson(
            "/api/auth/token",
            Map.of("email", "ADMIN@school.test ", "password", TestApp.ADMIN_PASSWORD));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("token").asText()).hasSizeGreaterThan(40);
    assertThat(r.json().get("expiresAt").asText()).startsWith("20");
  }

  @Test
  void a_wrong_password_or_unknown_email_gets_the_same_401() {
    var wrong =
        app.postJson(
            "/api/auth/token", Map.of("email", TestApp.ADMIN_EMAIL, "password", "not-the-one!"));
    var unknown =
        app.postJson("/api/auth/token", Map.of("email", "who@school.test", "password", "x"));
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(unknown.status()).isEqualTo(401);
    assertThat(wrong.json().get("error").asText())
        .isEqualTo(unknown.json().get("error").asText())
        .isEqualTo("wrong email or password");
  }

  @Test
  void after_five_wrong_passwords_even_the_right_one_waits_with_a_clear_429() {
    for (int i = 0; i < 5; i++) {
      app.postJson(
          "/api/auth/token", Map.of("email", TestApp.ADMIN_EMAIL, "password", "guess-" + i));
    }
    var r =
        app.postJson(
            "/api/auth/token",
            Map.of("email", TestApp.ADMIN_EMAIL, "password", TestApp.ADMIN_PASSWORD));
    assertThat(r.status()).isEqualTo(429);
    assertThat(r.json().get("error").asText()).contains("too many failed sign-ins", "15 minutes");
  }

  @Test
  void the_admin_creates_teachers_who_can_then_sign_in() {
    TeacherClient admin = TeacherClient.admin(app);
    var created =
        admin.post(
            "/api/teachers",
            Map.of("email", "ann@school.test", "password", "ann-password-1", "name", "Ann"));
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().get("teacherId").asText()).isNotBlank();
    TeacherClient.signIn(app, "ann@school.test", "ann-password-1");
    assertThat(admin.get("/api/teachers").json().findValuesAsText("email"))
        .contains("ann@school.test", TestApp.ADMIN_EMAIL);
  }

  @Test
  void a_taken_email_is_409_and_a_short_password_is_400_and_nothing_is_stored() {
    TeacherClient admin = TeacherClient.admin(app);
    var taken =
        admin.post(
            "/api/teachers",
            Map.of("email", "Admin@School.test", "password", "long-enough-1", "name", "X"));
    assertThat(taken.status()).isEqualTo(409);
    var shortPassword =
        admin.post(
            "/api/teachers",
            Map.of("email", "bo@school.test", "password", "123456789", "name", "Bo"));
    assertThat(shortPassword.status()).isEqualTo(400);
    assertThat(shortPassword.json().get("error").asText()).contains("at least 10 characters");
    assertThat(admin.get("/api/teachers").json().findValuesAsText("email"))
        .doesNotContain("bo@school.test");
  }

  @Test
  void only_an_admin_may_create_teachers() {
    TeacherClient ann = TeacherClient.newTeacher(app, "Ann");
    var r =
        ann.post(
            "/api/teachers",
            Map.of("email", "eve@school.test", "password", "eve-password-1", "name", "Eve"));
    assertThat(r.status()).isEqualTo(403);
    var anonymous =
        app.postJson(
            "/api/teachers",
            Map.of("email", "eve@school.test", "password", "eve-password-1", "name", "Eve"));
    assertThat(anonymous.status()).isEqualTo(401);
  }

  @Test
  void bad_bodies_get_clear_400s() {
    TeacherClient admin = TeacherClient.admin(app);
    assertThat(app.postJson("/api/auth/token", "{nope").status()).isEqualTo(400);
    assertThat(app.postJson("/api/auth/token", Map.of("email", 5, "password", "x")).status())
        .isEqualTo(400);
    var badEmail =
        admin.post("/api/teachers", Map.of("email", "not-an-email", "password", "long-enough-1"));
    assertThat(badEmail.status()).isEqualTo(400);
    assertThat(badEmail.json().get("error").asText()).contains("not an email address");
  }

  @Test
  void a_revoked_token_stops_working_and_a_made_up_one_never_did() {
    TeacherClient ann = TeacherClient.newTeacher(app, "Ann");
    assertThat(ann.get("/api/teacher/quizzes").status()).isEqualTo(200);
    assertThat(app.delete("/api/auth/token", ann.auth()).status()).isEqualTo(204);
    assertThat(ann.get("/api/teacher/quizzes").status()).isEqualTo(401);
    assertThat(app.get("/api/teacher/quizzes", "Authorization", "Bearer made-up").status())
        .isEqualTo(401);
    assertThat(app.get("/api/teacher/quizzes", "Authorization", "Basic abc").status())
        .isEqualTo(401);
  }
}
