package org.quiztrainer.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiztrainer.testing.ServerProcess;

/** A 200 for an answer means it is on disk: it survives a kill -9 right after the response. */
class DurabilityTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  @TempDir Path data;

  private JsonNode send(String method, String url, String body, String token) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json");
    if (token != null) {
      b.header("X-Attempt-Token", token);
    }
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
    return JSON.readTree(r.body());
  }

  @Test
  void every_acknowledged_answer_survives_a_kill_9_immediately_after_its_200() throws Exception {
    String attemptId;
    String token;
    int answered = 0;
    try (ServerProcess server = new ServerProcess(data).start()) {
      String base = server.base();
      JsonNode quiz = send("GET", base + "/api/quizzes/belousov-pyongyang", null, null);
      JsonNode started =
          send(
              "POST",
              base + "/api/quizzes/belousov-pyongyang/attempts",
              "{\"name\":\"Crash\"}",
              null);
      attemptId = started.get("attemptId").asText();
      token = started.get("token").asText();
      for (JsonNode q : quiz.get("questions")) {
        String answer = q.has("choices") ? q.get("choices").get(0).asText() : "42";
        send(
            "POST",
            base + "/api/attempts/" + attemptId + "/answers",
            JSON.writeValueAsString(
                java.util.Map.of("questionId", q.get("id").asText(), "answer", answer)),
            token);
        answered++;
      }
      server.kill9();
    }
    try (ServerProcess again = new ServerProcess(data).start()) {
      JsonNode report = send("GET", again.base() + "/api/attempts/" + attemptId, null, token);
      assertThat(report.get("answers")).hasSize(answered);
      assertThat(answered).isEqualTo(28);
    }
  }
}
