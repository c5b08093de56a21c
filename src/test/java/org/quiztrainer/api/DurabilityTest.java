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

  /** One acknowledged answer: the server said 200, so it must be on disk. */
  private record Acked(String attemptId, String questionId, String answer) {}

  @Test
  void a_kill_9_in_the_middle_of_a_300_student_burst_loses_no_acknowledged_answer()
      throws Exception {
    int students = 300;
    java.util.List<String[]> attempts = new java.util.ArrayList<>();
    java.util.Queue<Acked> acked = new java.util.concurrent.ConcurrentLinkedQueue<>();
    java.util.List<String[]> questions = new java.util.ArrayList<>();
    try (ServerProcess server = new ServerProcess(data).start()) {
      String base = server.base();
      for (JsonNode q :
          send("GET", base + "/api/quizzes/belousov-pyongyang", null, null).get("questions")) {
        String answer = q.has("choices") ? q.get("choices").get(0).asText() : "42";
        questions.add(new String[] {q.get("id").asText(), answer});
      }
      for (int i = 0; i < students; i++) {
        JsonNode started =
            send(
                "POST",
                base + "/api/quizzes/belousov-pyongyang/attempts",
                "{\"name\":\"S" + i + "\"}",
                null);
        attempts.add(
            new String[] {started.get("attemptId").asText(), started.get("token").asText()});
      }
      java.util.concurrent.ExecutorService pool =
          java.util.concurrent.Executors.newFixedThreadPool(64);
      java.util.concurrent.CountDownLatch enough = new java.util.concurrent.CountDownLatch(2000);
      for (String[] a : attempts) {
        pool.submit(
            () -> {
              for (String[] q : questions) {
                try {
                  String body =
                      JSON.writeValueAsString(java.util.Map.of("questionId", q[0], "answer", q[1]));
                  HttpResponse<String> r =
                      http.send(
                          HttpRequest.newBuilder(
                                  URI.create(base + "/api/attempts/" + a[0] + "/answers"))
                              .header("Content-Type", "application/json")
                              .header("X-Attempt-Token", a[1])
                              .POST(HttpRequest.BodyPublishers.ofString(body))
                              .build(),
                          HttpResponse.BodyHandlers.ofString());
                  if (r.statusCode() == 200) {
                    acked.add(new Acked(a[0], q[0], q[1]));
                    enough.countDown();
                  }
                } catch (Exception serverGone) {
                  return;
                }
              }
            });
      }
      enough.await(); // mid-burst: about a quarter of the 8,400 answers acknowledged
      server.kill9();
      pool.shutdown();
      assertThat(pool.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    }
    assertThat(acked.size()).isBetween(2000, students * questions.size() - 1);
    try (ServerProcess again = new ServerProcess(data).start()) {
      java.util.Map<String, String> tokens = new java.util.HashMap<>();
      attempts.forEach(a -> tokens.put(a[0], a[1]));
      java.util.Map<String, JsonNode> reports = new java.util.HashMap<>();
      for (Acked a : acked) {
        JsonNode report =
            reports.computeIfAbsent(
                a.attemptId(),
                id -> {
                  try {
                    return send("GET", again.base() + "/api/attempts/" + id, null, tokens.get(id));
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                });
        long copies = 0;
        for (JsonNode line : report.get("answers")) {
          if (line.get("questionId").asText().equals(a.questionId())) {
            copies++;
            assertThat(line.get("answer").asText()).isEqualTo(a.answer());
          }
        }
        assertThat(copies).as(a.toString()).isEqualTo(1);
      }
    }
  }
}
