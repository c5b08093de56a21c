package org.quiztrainer.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quiztrainer.testing.EventStream;
import org.quiztrainer.testing.TeacherClient;
import org.quiztrainer.testing.TestApp;

/** The session's event stream, read by a real HTTP client as a browser's EventSource would. */
class SessionEventsTest {
  private static final Duration FIVE_SECONDS = Duration.ofSeconds(5);
  private final TestApp app = TestApp.start();
  private final TeacherClient ann = TeacherClient.newTeacher(app, "Ann");
  private EventStream stream;

  @AfterEach
  void stop() {
    if (stream != null) {
      stream.close();
    }
    app.close();
  }

  /** Every "state" event's data, in order, as they arrive. */
  private EventStream listen(String sessionId) throws Exception {
    stream = EventStream.open(app, "/api/sessions/" + sessionId + "/events", "state");
    return stream;
  }

  @Test
  void a_device_gets_the_state_on_connecting_and_again_at_every_change_of_pace() throws Exception {
    String quiz = ann.publishedSeedQuiz("Live");
    JsonNode s = ann.post("/api/sessions", Map.of("quizId", quiz, "mode", "teacher_paced")).json();
    String sid = s.get("sessionId").asText();
    EventStream events = listen(sid);

    JsonNode first = events.next(FIVE_SECONDS);
    assertThat(first).isNotNull();
    assertThat(first.get("state").asText()).isEqualTo("lobby");

    long sent = System.currentTimeMillis();
    ann.post("/api/sessions/" + sid + "/next", "");
    JsonNode second = events.next(FIVE_SECONDS);
    assertThat(second.get("state").asText()).isEqualTo("question");
    assertThat(second.get("index").asInt()).isZero();
    assertThat(second.get("locksAt").asLong()).isGreaterThan(second.get("serverNow").asLong());
    assertThat(System.currentTimeMillis() - sent).isLessThan(5000);
    assertThat(second.toString()).doesNotContain("answer");

    ann.post("/api/sessions/" + sid + "/close", "");
    assertThat(events.next(FIVE_SECONDS).get("state").asText()).isEqualTo("closed");
  }

  @Test
  void a_device_that_reconnects_is_in_sync_with_its_first_event() throws Exception {
    String quiz = ann.publishedSeedQuiz("Live");
    JsonNode s = ann.post("/api/sessions", Map.of("quizId", quiz, "mode", "teacher_paced")).json();
    String sid = s.get("sessionId").asText();
    ann.post("/api/sessions/" + sid + "/next", "");
    ann.post("/api/sessions/" + sid + "/next", "");
    JsonNode first = listen(sid).next(FIVE_SECONDS);
    assertThat(first.get("state").asText()).isEqualTo("question");
    assertThat(first.get("index").asInt()).isEqualTo(1);
  }

  @Test
  void an_unknown_session_has_no_stream() {
    assertThat(app.get("/api/sessions/nope/events").status()).isEqualTo(404);
  }
}
