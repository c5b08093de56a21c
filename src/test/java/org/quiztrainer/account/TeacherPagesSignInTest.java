package org.quiztrainer.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quiztrainer.testing.PageSession;
import org.quiztrainer.testing.TestApp;

class TeacherPagesSignInTest {
  private final TestApp app = TestApp.start();

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void teacher_pages_send_a_visitor_to_sign_in_and_back_afterwards() {
    PageSession s = new PageSession(app);
    var r = s.get("/teach/articles/new");
    assertThat(r.status()).isEqualTo(303);
    assertThat(r.header("location")).isEqualTo("/login?next=%2Fteach%2Farticles%2Fnew");
    s.get("/login?next=%2Fteach%2Farticles%2Fnew");
    var in =
        s.post(
            "/login",
            Map.of(
                "email", TestApp.ADMIN_EMAIL,
                "password", TestApp.ADMIN_PASSWORD,
                "next", "/teach/articles/new"));
    assertThat(in.header("location")).isEqualTo("/teach/articles/new");
    assertThat(s.get("/teach/articles/new").body()).contains("New quiz from an article");
  }

  @Test
  void signing_in_sets_a_fresh_httponly_samesite_session_cookie() {
    PageSession s = new PageSession(app);
    s.setCookie(Auth.COOKIE, "planted-by-an-attacker");
    s.get("/login");
    var r =
        s.post(
            "/login",
            Map.of("email", TestApp.ADMIN_EMAIL, "password", TestApp.ADMIN_PASSWORD, "next", "/"));
    String setCookie = r.header("set-cookie");
    assertThat(setCookie).contains("qt_session=", "HttpOnly", "SameSite=Lax");
    assertThat(setCookie).doesNotContain("Secure");
    assertThat(s.cookie(Auth.COOKIE)).isNotEqualTo("planted-by-an-attacker").hasSize(43);
  }

  @Test
  void each_sign_in_gets_a_new_session_id_and_the_old_one_ends() {
    PageSession s = PageSession.admin(app);
    String first = s.cookie(Auth.COOKIE);
    s.login(TestApp.ADMIN_EMAIL, TestApp.ADMIN_PASSWORD);
    String second = s.cookie(Auth.COOKIE);
    assertThat(second).isNotEqualTo(first);
    PageSession old = new PageSession(app);
    old.setCookie(Auth.COOKIE, first);
    assertThat(old.get("/teach").status()).isEqualTo(303);
  }

  @Test
  void a_wrong_password_shows_the_form_again_with_a_message() {
    PageSession s = new PageSession(app);
    var r = s.login(TestApp.ADMIN_EMAIL, "not-my-password");
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.body()).contains("Wrong email or password.", "value=\"admin@school.test\"");
    assertThat(s.cookie(Auth.COOKIE)).isNull();
  }

  @Test
  void too_many_wrong_passwords_are_refused_on_the_page_with_the_wait() {
    PageSession s = new PageSession(app);
    for (int i = 0; i < 5; i++) {
      s.login(TestApp.ADMIN_EMAIL, "guess-" + i);
    }
    var r = s.login(TestApp.ADMIN_EMAIL, TestApp.ADMIN_PASSWORD);
    assertThat(r.status()).isEqualTo(429);
    assertThat(r.body()).contains("Too many failed sign-ins; try again in 15 minutes.");
  }

  @Test
  void the_login_form_needs_its_csrf_token() {
    PageSession s = new PageSession(app);
    s.get("/login");
    var r =
        s.postRaw(
            "/login", Map.of("email", TestApp.ADMIN_EMAIL, "password", TestApp.ADMIN_PASSWORD));
    assertThat(r.status()).isEqualTo(403);
    assertThat(s.cookie(Auth.COOKIE)).isNull();
  }

  @Test
  void after_login_next_may_only_point_into_this_site() {
    PageSession s = new PageSession(app);
    s.get("/login");
    var r =
        s.post(
            "/login",
            Map.of(
                "email", TestApp.ADMIN_EMAIL,
                "password", TestApp.ADMIN_PASSWORD,
                "next", "//evil.example/phish"));
    assertThat(r.header("location")).isEqualTo("/teach");
  }

  @Test
  void signing_out_ends_the_session_on_the_server() {
    PageSession s = PageSession.admin(app);
    String session = s.cookie(Auth.COOKIE);
    s.get("/teach");
    assertThat(s.post("/logout", Map.of()).header("location")).isEqualTo("/login");
    PageSession replay = new PageSession(app);
    replay.setCookie(Auth.COOKIE, session);
    assertThat(replay.get("/teach").status()).isEqualTo(303);
  }

  @Test
  void a_teacher_changes_their_password_and_is_told_when_it_is_too_short() {
    PageSession s = PageSession.admin(app);
    s.get("/account/password");
    var tooShort =
        s.post(
            "/account/password",
            Map.of(
                "current_password", TestApp.ADMIN_PASSWORD,
                "new_password", "short",
                "confirm_password", "short"));
    assertThat(tooShort.status()).isEqualTo(400);
    assertThat(tooShort.body()).contains("The password must be at least 10 characters long.");
    var wrongCurrent =
        s.post(
            "/account/password",
            Map.of(
                "current_password", "not-it-at-all",
                "new_password", "brand-new-pass-1",
                "confirm_password", "brand-new-pass-1"));
    assertThat(wrongCurrent.body()).contains("The current password is wrong.");
    var ok =
        s.post(
            "/account/password",
            Map.of(
                "current_password", TestApp.ADMIN_PASSWORD,
                "new_password", "brand-new-pass-1",
                "confirm_password", "brand-new-pass-1"));
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.body()).contains("Your password is changed.");
    assertThat(new PageSession(app).login(TestApp.ADMIN_EMAIL, "brand-new-pass-1").status())
        .isEqualTo(303);
  }

  @Test
  void the_admin_adds_a_teacher_on_the_teachers_page_but_a_teacher_cannot() {
    PageSession admin = PageSession.admin(app);
    admin.get("/teach/teachers");
    var created =
        admin.post(
            "/teach/teachers",
            Map.of("name", "Ann", "email", "ann@school.test", "password", "ann-password-1"));
    assertThat(created.status()).isEqualTo(200);
    assertThat(created.body()).contains("Created the account ann@school.test");
    var again =
        admin.post(
            "/teach/teachers",
            Map.of("name", "Ann", "email", "ann@school.test", "password", "ann-password-1"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body()).contains("already exists");

    PageSession ann = PageSession.signedIn(app, "ann@school.test", "ann-password-1");
    assertThat(ann.get("/teach/teachers").status()).isEqualTo(403);
    assertThat(ann.get("/teach").body()).doesNotContain("href=\"/teach/teachers\"");
  }

  @Test
  void behind_https_every_cookie_is_also_secure() throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("qt-secure-");
    try (TestApp secure =
        TestApp.start(
            org.quiztrainer.Config.forDataDir(dir, TestApp.SEED_QUESTIONS)
                .withAdmin(TestApp.ADMIN_EMAIL, TestApp.ADMIN_PASSWORD)
                .withSecureCookies())) {
      PageSession s = new PageSession(secure);
      assertThat(s.get("/login").header("set-cookie")).contains("qt_csrf=", "Secure", "HttpOnly");
      var in =
          s.post(
              "/login",
              Map.of(
                  "email", TestApp.ADMIN_EMAIL, "password", TestApp.ADMIN_PASSWORD, "next", "/"));
      assertThat(in.header("set-cookie"))
          .contains("qt_session=", "Secure", "HttpOnly", "SameSite=Lax");
    }
  }

  @Test
  void teacher_forms_refuse_a_post_without_the_csrf_token() {
    PageSession s = PageSession.admin(app);
    var r = s.postRaw("/teach/articles", Map.of("text", "Cats purr, said Ann Lee on Monday."));
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.body()).contains("this form has expired or came from another site");
  }
}
