package org.quiztrainer.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quiztrainer.Config;
import org.quiztrainer.db.PostgresSignals;
import org.quiztrainer.testing.EventStream;
import org.quiztrainer.testing.PageSession;
import org.quiztrainer.testing.TeacherClient;
import org.quiztrainer.testing.TestApp;
import org.quiztrainer.testing.TestDatabases;

/**
 * Two app nodes on different ports sharing one PostgreSQL, as behind a load balancer that sends
 * each request anywhere. In the main test node B is a JVM of its own; the others run both nodes
 * here, which is quicker and shares nothing either (no static state). Runs in the PostgreSQL pass
 * of the suite (tag "postgres").
 */
@Tag("postgres")
class TwoNodesTest {
  private static final Duration PROMPTLY = Duration.ofMillis(500);
  private static final Path SEED = TestApp.SEED_QUESTIONS;
  private final List<AutoCloseable> open = new ArrayList<>();
  private TestApp a;
  private TestApp b;

  @BeforeAll
  static void needsPostgres() {
    assertThat(TestDatabases.postgres())
        .as("set QUIZ_TEST_PG_URL: nodes can only share a PostgreSQL database")
        .isTrue();
  }

  @AfterEach
  void stop() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) {
      open.get(i).close();
    }
  }

  private void startNodes() {
    a = keep(TestApp.start());
    b = keep(a.anotherNode());
  }

  private <T extends AutoCloseable> T keep(T c) {
    open.add(c);
    return c;
  }

  private static JsonNode join(TestApp node, String code, String name) {
    TestApp.Response r = node.postJson("/api/join", Map.of("joinCode", code, "name", name));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json();
  }

  private static TestApp.Response answer(TestApp node, JsonNode student, String q, String answer) {
    return node.postJson(
        "/api/attempts/" + student.get("attemptId").asText() + "/answers",
        Map.of("questionId", q, "answer", answer),
        "X-Attempt-Token",
        student.get("token").asText());
  }

  @Test
  void a_session_started_on_one_node_is_joined_paced_and_watched_on_the_other() throws Exception {
    a = keep(TestApp.start());
    b = keep(a.anotherNodeInItsOwnJvm());
    TeacherClient ann = TeacherClient.newTeacher(a, "Ann");
    String quiz = ann.publishedThreeQuestionQuiz();
    JsonNode questions = ann.full(quiz).get("questions");
    JsonNode session =
        ann.post("/api/sessions", Map.of("quizId", quiz, "mode", "teacher_paced")).json();
    String sid = session.get("sessionId").asText();
    String code = session.get("joinCode").asText();

    JsonNode noor = join(b, code, "Noor");
    JsonNode kai = join(a, code, "Kai");
    JsonNode lea = join(b, code, "Lea");
    assertThat(b.postJson("/api/join", Map.of("joinCode", code, "name", "noor")).status())
        .as("a nickname taken on the other node is taken here too")
        .isEqualTo(409);

    // The teacher signs in on node A; the same browser session watches the class from node B.
    PageSession page = PageSession.signedIn(a, "ann@school.test", "ann-password-1");
    EventStream teacher =
        keep(
            EventStream.open(
                b,
                "/teach/sessions/" + sid + "/events",
                "progress",
                "Cookie",
                "qt_session=" + page.cookie("qt_session")));
    EventStream device = keep(EventStream.open(b, "/api/sessions/" + sid + "/events", "state"));
    assertThat(device.next(Duration.ofSeconds(5)).get("state").asText()).isEqualTo("lobby");
    assertThat(teacher.next(Duration.ofSeconds(5)).get("participants")).hasSize(3);

    long paced = System.nanoTime();
    assertThat(ann.post("/api/sessions/" + sid + "/next", "").status()).isEqualTo(200);
    JsonNode open = device.await(e -> e.get("state").asText().equals("question"), PROMPTLY);
    assertThat(open).as("node B's devices hear node A's 'next' within 500 ms").isNotNull();
    long paceMs = (System.nanoTime() - paced) / 1_000_000;

    String q1 = questions.get(0).get("id").asText();
    String key1 = questions.get(0).get("answer").asText();
    List<Long> seen = new ArrayList<>();
    int expected = 0;
    for (Object[] step : new Object[][] {{a, noor}, {b, kai}, {a, lea}}) {
      long sent = System.nanoTime();
      TestApp.Response r = answer((TestApp) step[0], (JsonNode) step[1], q1, key1);
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      int count = ++expected;
      JsonNode progress = teacher.await(e -> e.get("answeredCurrent").asInt() == count, PROMPTLY);
      assertThat(progress)
          .as("the teacher's stream on node B shows answer %d within 500 ms", count)
          .isNotNull();
      seen.add((System.nanoTime() - sent) / 1_000_000);
    }
    System.out.printf("two nodes: pace seen in %d ms, answers seen in %s ms%n", paceMs, seen);

    // Each answer sent again, to the other node: the same result, nothing new stored.
    assertThat(answer(b, noor, q1, key1).status()).isEqualTo(200);
    assertThat(answer(a, kai, q1, key1).status()).isEqualTo(200);
    assertThat(answer(b, lea, q1, "something else").status()).isEqualTo(409);

    // Question 2: every student's answer reaches both nodes at the same moment.
    assertThat(ann.post("/api/sessions/" + sid + "/next", "").status()).isEqualTo(200);
    String q2 = questions.get(1).get("id").asText();
    String key2 = questions.get(1).get("answer").asText();
    List<CompletableFuture<TestApp.Response>> race = new ArrayList<>();
    for (JsonNode student : List.of(noor, kai, lea)) {
      for (TestApp node : List.of(a, b)) {
        race.add(CompletableFuture.supplyAsync(() -> answer(node, student, q2, key2)));
      }
    }
    for (CompletableFuture<TestApp.Response> r : race) {
      assertThat(r.get().status()).as(r.get().body()).isEqualTo(200);
    }

    int stored =
        a.one(
            "SELECT COUNT(*) FROM answer n JOIN attempt t ON t.id = n.attempt_id"
                + " WHERE t.session_id = '"
                + sid
                + "'",
            Integer.class);
    assertThat(stored).as("3 students x 2 questions, each stored once").isEqualTo(6);
    JsonNode results =
        TeacherClient.signIn(b, "ann@school.test", "ann-password-1")
            .get("/api/sessions/" + sid + "/results")
            .json();
    assertThat(results.get("participants")).hasSize(3);
    results.get("participants").forEach(p -> assertThat(p.get("answered").asInt()).isEqualTo(2));
    JsonNode last = teacher.await(e -> e.get("answeredCurrent").asInt() == 3, PROMPTLY);
    assertThat(last).as("node B's teacher sees question 2's three answers").isNotNull();
  }

  @Test
  void a_quiz_unpublished_on_one_node_is_gone_from_the_other_at_once() throws Exception {
    startNodes();
    TeacherClient ann = TeacherClient.newTeacher(a, "Ann");
    String quiz = ann.publishedThreeQuestionQuiz();
    assertThat(b.get("/quizzes/" + quiz).status()).as("node B now holds a copy").isEqualTo(200);

    assertThat(ann.post("/api/quizzes/" + quiz + "/unpublish", "").status()).isEqualTo(200);
    long end = System.nanoTime() + PROMPTLY.toNanos();
    int status = b.get("/quizzes/" + quiz).status();
    while (status != 404 && System.nanoTime() < end) {
      Thread.sleep(20);
      status = b.get("/quizzes/" + quiz).status();
    }
    assertThat(status)
        .as("node B forgets its copy on node A's signal, well before its 5 s cache ends")
        .isEqualTo(404);
  }

  @Test
  void a_node_that_lost_its_listening_connection_catches_up_when_it_is_back() throws Exception {
    startNodes();
    TeacherClient ann = TeacherClient.newTeacher(a, "Ann");
    String quiz = ann.publishedThreeQuestionQuiz();
    String sid =
        ann.post("/api/sessions", Map.of("quizId", quiz, "mode", "teacher_paced"))
            .json()
            .get("sessionId")
            .asText();
    EventStream device = keep(EventStream.open(b, "/api/sessions/" + sid + "/events", "state"));
    assertThat(device.next(Duration.ofSeconds(5)).get("state").asText()).isEqualTo("lobby");

    int cut =
        a.one(
            "SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity"
                + " WHERE datname = current_database() AND query = 'LISTEN "
                + PostgresSignals.CHANNEL
                + "'",
            Integer.class);
    assertThat(cut).as("both nodes' listening connections").isEqualTo(2);
    assertThat(ann.post("/api/sessions/" + sid + "/next", "").status()).isEqualTo(200);

    JsonNode open =
        device.await(e -> e.get("state").asText().equals("question"), Duration.ofSeconds(10));
    assertThat(open).as("node B reconnects and sends its devices the state again").isNotNull();
  }

  @Test
  void nodes_that_start_together_on_an_empty_database_both_come_up_and_serve_the_same_bank()
      throws Exception {
    Config shared = TestDatabases.fresh(Config.forDataDir(Files.createTempDirectory("qt-"), SEED));
    List<CompletableFuture<TestApp>> starting = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Path dir = Files.createTempDirectory("qt-node-");
      Config node =
          Config.forDataDir(dir, SEED)
              .withAdmin(TestApp.ADMIN_EMAIL, TestApp.ADMIN_PASSWORD)
              .withDatabase(shared.dbUrl().get(), shared.dbUser().orElse(null), null);
      starting.add(CompletableFuture.supplyAsync(() -> TestApp.start(node)));
    }
    TestApp first = keep(starting.get(0).get());
    TestApp second = keep(starting.get(1).get());
    JsonNode quizzes = first.get("/api/quizzes").json();
    assertThat(quizzes).isNotEmpty();
    assertThat(second.get("/api/quizzes").json()).isEqualTo(quizzes);
    assertThat(first.count("teacher")).as("one admin, though both nodes bootstrapped it").isOne();
  }
}
