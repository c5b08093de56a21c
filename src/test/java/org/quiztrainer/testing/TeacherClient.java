package org.quiztrainer.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A teacher using the JSON API with a Bearer token, as a script would. */
public final class TeacherClient {
  public static final String SEED_ARTICLE;

  static {
    try {
      SEED_ARTICLE = Files.readString(Path.of("questions", "belousov-pyongyang.txt"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private final TestApp app;
  private final String token;

  private TeacherClient(TestApp app, String token) {
    this.app = app;
    this.token = token;
  }

  public static TeacherClient admin(TestApp app) {
    return signIn(app, TestApp.ADMIN_EMAIL, TestApp.ADMIN_PASSWORD);
  }

  public static TeacherClient signIn(TestApp app, String email, String password) {
    TestApp.Response r =
        app.postJson("/api/auth/token", Map.of("email", email, "password", password));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return new TeacherClient(app, r.json().get("token").asText());
  }

  /** Creates a teacher (as the admin) and signs in as them. */
  public static TeacherClient newTeacher(TestApp app, String name) {
    String email = name.toLowerCase() + "@school.test";
    String password = name.toLowerCase() + "-password-1";
    TestApp.Response r =
        admin(app)
            .post("/api/teachers", Map.of("email", email, "password", password, "name", name));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return signIn(app, email, password);
  }

  public String token() {
    return token;
  }

  public String[] auth() {
    return new String[] {"Authorization", "Bearer " + token};
  }

  public TestApp.Response get(String path) {
    return app.get(path, auth());
  }

  public TestApp.Response post(String path, Object body) {
    return app.postJson(path, body, auth());
  }

  /**
   * A draft quiz of the seed article with its 28 hand-written questions, imported: for tests of
   * what teachers do with a quiz, which don't need the language models.
   */
  public String draftSeedQuiz(String title) {
    try {
      String file =
          java.nio.file.Files.readString(
                  java.nio.file.Path.of("src/test/resources/authoring/seed-quiz.json"))
              .replace(
                  "\"title\" : \"Russia's defence minister arrives in North Korea\",\n  \"article\"",
                  "\"title\" : " + TestApp.write(title) + ",\n  \"article\"");
      TestApp.Response r =
          app.postBytes(
              "/api/quizzes/import?format=json",
              file.getBytes(java.nio.charset.StandardCharsets.UTF_8),
              auth());
      assertThat(r.status()).as(r.body()).isEqualTo(201);
      return r.json().get("quizId").asText();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Posts the seed article for the generator to draft (tests tagged "nlp"); the quiz's id. */
  public String draftFromArticle(String title) {
    TestApp.Response r =
        post("/api/articles", Map.of("title", title, "text", SEED_ARTICLE, "source", "AP"));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("quizId").asText();
  }

  public String publishedSeedQuiz(String title) {
    String id = draftSeedQuiz(title);
    assertThat(post("/api/quizzes/" + id + "/publish", "").status()).isEqualTo(200);
    return id;
  }

  /** Imports the three-question quiz file of the tests and publishes it; returns its id. */
  public String publishedThreeQuestionQuiz() {
    try {
      byte[] file =
          java.nio.file.Files.readAllBytes(
              java.nio.file.Path.of("src/test/resources/live/three-questions.json"));
      TestApp.Response r = app.postBytes("/api/quizzes/import?format=json", file, auth());
      assertThat(r.status()).as(r.body()).isEqualTo(201);
      String id = r.json().get("quizId").asText();
      assertThat(post("/api/quizzes/" + id + "/publish", "").status()).isEqualTo(200);
      return id;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public JsonNode full(String quizId) {
    TestApp.Response r = get("/api/quizzes/" + quizId + "/full");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }
}
