package org.quiztrainer.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiztrainer.Config;
import org.quiztrainer.testing.ServerProcess;
import org.quiztrainer.testing.StudentClient;
import org.quiztrainer.testing.TeacherClient;
import org.quiztrainer.testing.TestApp;

/**
 * Metrics for the admin and the scraper only; health says how the database is; logs keep no
 * secrets.
 */
class ObservabilityTest {
  @TempDir Path data;

  @Test
  void metrics_are_for_the_admin_and_the_scraper_and_count_requests_by_route() {
    Config config =
        Config.fromEnvironment(
                Map.of(
                    "PORT", "0",
                    "QUIZ_DATA_DIR", data.toString(),
                    "QUIZ_QUESTIONS_DIR", "questions",
                    "QUIZ_METRICS_TOKEN", "scraper-secret-123"),
                false)
            .withAdmin(TestApp.ADMIN_EMAIL, TestApp.ADMIN_PASSWORD);
    try (TestApp app = TestApp.start(config)) {
      StudentClient ada = StudentClient.startOn(app, StudentClient.SEED, "Ada");
      ada.answer("belousov-job", "Russia's defence minister");
      TeacherClient ann = TeacherClient.newTeacher(app, "Ann");
      assertThat(app.get("/metrics").status()).isEqualTo(401);
      assertThat(app.get("/metrics").body()).startsWith("{\"error\":");
      assertThat(app.get("/metrics", ann.auth()).status()).isEqualTo(403);
      assertThat(app.get("/metrics", "Authorization", "Bearer wrong").status()).isEqualTo(401);
      TestApp.Response scraped = app.get("/metrics", "Authorization", "Bearer scraper-secret-123");
      assertThat(scraped.status()).isEqualTo(200);
      assertThat(scraped.body())
          .contains("http_server_requests_seconds_count{")
          .contains("route=\"/api/attempts/{attemptId}/answers\"")
          .contains("jvm_memory_used_bytes")
          .doesNotContain(ada.attemptId())
          .doesNotContain(ada.token());
      assertThat(app.get("/metrics", TeacherClient.admin(app).auth()).status()).isEqualTo(200);
    }
  }

  @Test
  void health_reports_the_database() {
    try (TestApp app = TestApp.start()) {
      assertThat(app.get("/health").json().get("database").asText()).isEqualTo("up");
    }
  }

  @Test
  void the_request_log_has_one_structured_line_per_request_and_no_tokens_or_ids() throws Exception {
    try (ServerProcess server = new ServerProcess(data).start()) {
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> started =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(server.base() + "/api/quizzes/belousov-pyongyang/attempts"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Ada\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      String attempt = started.body().replaceAll(".*\"attemptId\":\"([^\"]+)\".*", "$1");
      String token = started.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
      http.send(
          HttpRequest.newBuilder(
                  URI.create(server.base() + "/api/attempts/" + attempt + "?t=" + token))
              .header("X-Attempt-Token", token)
              .build(),
          HttpResponse.BodyHandlers.ofString());
      Thread.sleep(300); // the log is written as the response completes
      String log = Files.readString(server.log());
      assertThat(log)
          .contains("method=POST route=/api/quizzes/{quizId}/attempts status=201 ms=")
          .contains("method=GET route=/api/attempts/{attemptId} status=200 ms=")
          .doesNotContain(token)
          .doesNotContain(attempt);
    }
  }
}
