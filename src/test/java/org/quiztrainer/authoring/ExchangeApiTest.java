package org.quiztrainer.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quiztrainer.testing.TeacherClient;
import org.quiztrainer.testing.TestApp;

class ExchangeApiTest {
  private final TestApp app = TestApp.start();
  private final TeacherClient admin = TeacherClient.admin(app);

  @AfterEach
  void stop() {
    app.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"gift", "moodle-xml", "json"})
  void an_exported_quiz_imports_as_an_equal_draft(String format) {
    var exported = admin.get("/api/quizzes/belousov-pyongyang/export?format=" + format);
    assertThat(exported.status()).isEqualTo(200);
    assertThat(exported.header("content-disposition")).startsWith("attachment; filename=\"russia");
    var imported =
        app.postBytes(
            "/api/quizzes/import?format=" + format,
            exported.body().getBytes(StandardCharsets.UTF_8),
            admin.auth());
    assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    String id = imported.json().get("quizId").asText();
    JsonNode copy = admin.full(id);
    JsonNode seed = admin.full("belousov-pyongyang");
    assertThat(copy.get("published").asBoolean()).isFalse();
    assertThat(copy.get("articleText")).isEqualTo(seed.get("articleText"));
    assertThat(copy.get("questions").size()).isEqualTo(28);
    for (int i = 0; i < 28; i++) {
      JsonNode a = seed.get("questions").get(i);
      JsonNode b = copy.get("questions").get(i);
      for (String field :
          new String[] {"id", "type", "prompt", "choices", "explanation", "evidence"}) {
        assertThat(b.get(field)).as(a.get("id") + "." + field).isEqualTo(a.get(field));
      }
    }
  }

  @Test
  void a_bad_file_is_refused_with_its_line_and_nothing_is_imported() throws Exception {
    byte[] bad =
        Files.readAllBytes(Path.of("src/test/resources/exchange/unsupported-matching.gift"));
    int before = admin.get("/api/teacher/quizzes").json().size();
    var r = app.postBytes("/api/quizzes/import?format=gift", bad, admin.auth());
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("error").asText())
        .isEqualTo("line 6: matching questions are not supported");
    assertThat(admin.get("/api/teacher/quizzes").json().size()).isEqualTo(before);
  }

  @Test
  void unknown_formats_binary_files_and_empty_bodies_get_400() {
    assertThat(
            app.postBytes("/api/quizzes/import?format=docx", new byte[] {1}, admin.auth())
                .json()
                .get("error")
                .asText())
        .contains("format must be gift, moodle-xml or json");
    assertThat(
            app.postBytes(
                    "/api/quizzes/import?format=gift", new byte[] {(byte) 0xff, 0, 1}, admin.auth())
                .json()
                .get("error")
                .asText())
        .isEqualTo("the file is not UTF-8 text");
    assertThat(app.postBytes("/api/quizzes/import?format=json", new byte[0], admin.auth()).status())
        .isEqualTo(400);
    assertThat(admin.get("/api/quizzes/belousov-pyongyang/export?format=pdf").status())
        .isEqualTo(400);
  }

  @Test
  void moodle_samples_import_over_http() throws Exception {
    for (String[] f :
        new String[][] {
          {"moodle-docs-sample.gift", "gift"}, {"moodle-docs-sample.xml", "moodle-xml"}
        }) {
      byte[] file = Files.readAllBytes(Path.of("src/test/resources/exchange", f[0]));
      var r = app.postBytes("/api/quizzes/import?format=" + f[1], file, admin.auth());
      assertThat(r.status()).as(r.body()).isEqualTo(201);
      assertThat(r.json().get("questionCount").asInt()).isPositive();
    }
  }

  @Test
  void a_quiz_imported_without_an_article_can_still_be_taken() throws Exception {
    byte[] file =
        Files.readAllBytes(Path.of("src/test/resources/exchange", "moodle-docs-sample.gift"));
    String id =
        app.postBytes("/api/quizzes/import?format=gift", file, admin.auth())
            .json()
            .get("quizId")
            .asText();
    assertThat(admin.post("/api/quizzes/" + id + "/publish", "").status()).isEqualTo(200);
    assertThat(app.get("/quizzes/" + id).body()).contains("This quiz came without its article.");
    var student = org.quiztrainer.testing.StudentClient.startOn(app, id, "Ann");
    JsonNode r = student.answer("q1", "true").json();
    assertThat(r.get("correct").asBoolean()).isTrue();
    assertThat(r.get("evidence").get("text").asText()).isEmpty();
  }
}
