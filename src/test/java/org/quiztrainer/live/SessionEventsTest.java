package org.quiztrainer.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quiztrainer.testing.TeacherClient;
import org.quiztrainer.testing.TestApp;

/** The session's event stream, read by a real HTTP client as a browser's EventSource would. */
class SessionEventsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final TestApp app = TestApp.start();
  private final TeacherClient ann = TeacherClient.newTeacher(app, "Ann");
  private final HttpClient http = HttpClient.newHttpClient();
  private CompletableFuture<HttpResponse<Stream<String>>> stream;

  @AfterEach
  void stop() {
    if (stream != null) {
      stream.cancel(true);
    }
    app.close();
  }

  /** Every "state" event's data, in order, as they arrive. */
  private BlockingQueue<JsonNode> listen(String sessionId) throws Exception {
    BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(app.url("/api/sessions/" + sessionId + "/events")))
            .header("Accept", "text/event-stream")
            .build();
    stream = http.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
    HttpResponse<Stream<String>> response = stream.get(10, TimeUnit.SECONDS);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-type").orElse(""))
        .startsWith("text/event-stream");
    Thread reader =
        new Thread(
            () -> {
              String event = null;
              for (var it = response.body().iterator(); it.hasNext(); ) {
                String line = it.next();
                if (line.startsWith("event:")) {
                  event = line.substring(6).strip();
                } else if (line.startsWith("data:") && "state".equals(event)) {
                  try {
                    events.add(JSON.readTree(line.substring(5).strip()));
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                }
              }
            });
    reader.setDaemon(true);
    reader.start();
    return events;
  }

  @Test
  void a_device_gets_the_state_on_connecting_and_again_at_every_change_of_pace() throws Exception {
    String quiz = ann.publishedSeedQuiz("Live");
    JsonNode s = ann.post("/api/sessions", Map.of("quizId", quiz, "mode", "teacher_paced")).json();
    String sid = s.get("sessionId").asText();
    BlockingQueue<JsonNode> events = listen(sid);

    JsonNode first = events.poll(5, TimeUnit.SECONDS);
    assertThat(first).isNotNull();
    assertThat(first.get("state").asText()).isEqualTo("lobby");

    long sent = System.currentTimeMillis();
    ann.post("/api/sessions/" + sid + "/next", "");
    JsonNode second = events.poll(5, TimeUnit.SECONDS);
    assertThat(second.get("state").asText()).isEqualTo("question");
    assertThat(second.get("index").asInt()).isZero();
    assertThat(second.get("locksAt").asLong()).isGreaterThan(second.get("serverNow").asLong());
    assertThat(System.currentTimeMillis() - sent).isLessThan(5000);
    assertThat(second.toString()).doesNotContain("answer");

    ann.post("/api/sessions/" + sid + "/close", "");
    assertThat(events.poll(5, TimeUnit.SECONDS).get("state").asText()).isEqualTo("closed");
  }

  @Test
  void a_device_that_reconnects_is_in_sync_with_its_first_event() throws Exception {
    String quiz = ann.publishedSeedQuiz("Live");
    JsonNode s = ann.post("/api/sessions", Map.of("quizId", quiz, "mode", "teacher_paced")).json();
    String sid = s.get("sessionId").asText();
    ann.post("/api/sessions/" + sid + "/next", "");
    ann.post("/api/sessions/" + sid + "/next", "");
    JsonNode first = listen(sid).poll(5, TimeUnit.SECONDS);
    assertThat(first.get("state").asText()).isEqualTo("question");
    assertThat(first.get("index").asInt()).isEqualTo(1);
  }

  @Test
  void an_unknown_session_has_no_stream() {
    assertThat(app.get("/api/sessions/nope/events").status()).isEqualTo(404);
  }
}
