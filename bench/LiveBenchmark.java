import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One live session with 500 students on the real server (issue 5): joins, 500 open event
 * streams, then ten questions where every student answers within 2 s. The server runs in its own
 * JVM with a 384 MB heap, so finishing at all proves the heap target; its peak heap is sampled
 * with jstat. Run with bench/live.sh.
 */
public class LiveBenchmark {
  static final int STUDENTS = Integer.getInteger("students", 500);
  static final int QUESTIONS = 10;
  static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] args) throws Exception {
    int port = 17000 + ThreadLocalRandom.current().nextInt(1000);
    Path data = Files.createTempDirectory("qt-live-bench-");
    ProcessBuilder pb = new ProcessBuilder("java", "-Xmx384m", "-jar", "target/quiz-trainer.jar");
    pb.environment().put("PORT", String.valueOf(port));
    pb.environment().put("QUIZ_DATA_DIR", data.toString());
    pb.environment().put("QUIZ_ADMIN_EMAIL", "bench@school.test");
    pb.environment().put("QUIZ_ADMIN_PASSWORD", "bench-password-1");
    if (System.getenv("BENCH_DB_URL") != null) { // e.g. a PostgreSQL database to compare with
      pb.environment().put("QUIZ_DB_URL", System.getenv("BENCH_DB_URL"));
      pb.environment().put("QUIZ_DB_USER", System.getenv().getOrDefault("BENCH_DB_USER", "postgres"));
    }
    pb.redirectErrorStream(true).redirectOutput(data.resolve("server.log").toFile());
    Process server = pb.start();
    HeapSampler heap = new HeapSampler(server.pid());
    String base = "http://localhost:" + port;
    ExecutorService pool = Executors.newFixedThreadPool(64);
    ExecutorService readers = Executors.newCachedThreadPool();
    HttpClient http =
        HttpClient.newBuilder().executor(pool).connectTimeout(Duration.ofSeconds(10)).build();
    try {
      waitForHealth(http, base);
      heap.start();
      String token =
          post(http, base + "/api/auth/token", Map.of("email", "bench@school.test", "password", "bench-password-1"), null)
              .get("token").asText();
      String quiz = "belousov-pyongyang";
      JsonNode full = get(http, base + "/api/quizzes/" + quiz + "/full", token);
      JsonNode session =
          post(http, base + "/api/sessions", Map.of("quizId", quiz, "mode", "teacher_paced", "timerSeconds", 30), token);
      String sessionId = session.get("sessionId").asText();
      String code = session.get("joinCode").asText();

      // Joins.
      long joinStart = System.nanoTime();
      List<JsonNode> students = Collections.synchronizedList(new ArrayList<>());
      List<java.util.concurrent.CompletableFuture<?>> joins = new ArrayList<>();
      for (int i = 0; i < STUDENTS; i++) {
        String name = "student-" + i;
        joins.add(postAsync(http, base + "/api/join", Map.of("joinCode", code, "name", name), null).thenAccept(students::add));
      }
      joins.forEach(java.util.concurrent.CompletableFuture::join);
      System.out.printf("joins: %d students in %.0f ms%n", students.size(), (System.nanoTime() - joinStart) / 1e6);

      // 500 event streams: each remembers when it saw each question open. Each is read by a
      // blocking reader of its own, apart from the HTTP client's threads.
      Map<Integer, Map<Integer, Long>> seen = new ConcurrentHashMap<>();
      CountDownLatch connected = new CountDownLatch(STUDENTS);
      for (int i = 0; i < STUDENTS; i++) {
        int student = i;
        HttpRequest req =
            HttpRequest.newBuilder(URI.create(base + "/api/sessions/" + sessionId + "/events"))
                .header("Accept", "text/event-stream") // as a browser's EventSource sends
                .build();
        http.sendAsync(req, HttpResponse.BodyHandlers.ofInputStream())
            .thenAccept(r -> readers.submit(() -> read(r.body(), student, seen, connected)));
      }
      if (!connected.await(60, TimeUnit.SECONDS)) {
        System.out.println("only " + (STUDENTS - connected.getCount()) + " streams connected");
      }
      System.out.printf("event streams open: %d%n", STUDENTS - connected.getCount());

      List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
      List<Long> notify = new ArrayList<>();
      AtomicLong failures = new AtomicLong();
      for (int q = 0; q < QUESTIONS; q++) {
        long advance = System.nanoTime();
        post(http, base + "/api/sessions/" + sessionId + "/next", Map.of(), token);
        int index = q;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (seen.getOrDefault(index, Map.of()).size() < STUDENTS && System.nanoTime() < deadline) {
          Thread.sleep(5);
        }
        long last = seen.getOrDefault(index, Map.of()).values().stream().mapToLong(Long::longValue).max().orElse(deadline);
        notify.add((last - advance) / 1_000_000);
        JsonNode question = full.get("questions").get(q);
        String qid = question.get("id").asText();
        String answer = question.get("answer").asText();
        List<java.util.concurrent.CompletableFuture<?>> burst = new ArrayList<>();
        long burstStart = System.nanoTime();
        for (JsonNode s : students) {
          long delay = ThreadLocalRandom.current().nextLong(2000);
          burst.add(
              java.util.concurrent.CompletableFuture.runAsync(() -> {}, java.util.concurrent.CompletableFuture.delayedExecutor(delay, TimeUnit.MILLISECONDS, pool))
                  .thenCompose(
                      v -> {
                        long t0 = System.nanoTime();
                        HttpRequest r =
                            HttpRequest.newBuilder(URI.create(base + "/api/attempts/" + s.get("attemptId").asText() + "/answers"))
                                .header("X-Attempt-Token", s.get("token").asText())
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(write(Map.of("questionId", qid, "answer", answer))))
                                .build();
                        return http.sendAsync(r, HttpResponse.BodyHandlers.ofString())
                            .thenAccept(
                                resp -> {
                                  latencies.add(System.nanoTime() - t0);
                                  if (resp.statusCode() != 200) {
                                    failures.incrementAndGet();
                                  }
                                });
                      }));
        }
        burst.forEach(java.util.concurrent.CompletableFuture::join);
        System.out.printf("question %d: advance seen by all in %d ms; %d answers in %.0f ms%n", q + 1, notify.get(q), STUDENTS, (System.nanoTime() - burstStart) / 1e6);
      }

      JsonNode results = get(http, base + "/api/sessions/" + sessionId + "/results", token);
      long stored = 0;
      for (JsonNode p : results.get("participants")) {
        stored += p.get("answered").asLong();
      }
      long expected = (long) STUDENTS * QUESTIONS;
      List<Long> sorted = new ArrayList<>(latencies);
      Collections.sort(sorted);
      System.out.printf("answer latency: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (target p99 < 100 ms)%n",
          pct(sorted, 50), pct(sorted, 95), pct(sorted, 99));
      System.out.printf("advance to last student's event: max %d ms, median %d ms (target < 250 ms)%n",
          Collections.max(notify), notify.stream().sorted().toList().get(notify.size() / 2));
      System.out.printf("answers: %d sent, %d refused, %d stored, %d lost, %d duplicated (target 0 and 0)%n",
          latencies.size(), failures.get(), stored, Math.max(0, expected - stored), Math.max(0, stored - expected));
      System.out.printf("server peak heap: %.0f MB (limit -Xmx384m; target < 384 MB)%n", heap.peakMb());
    } finally {
      heap.stop();
      server.destroy();
      server.waitFor(15, TimeUnit.SECONDS);
      pool.shutdownNow();
      readers.shutdownNow();
    }
  }

  static void read(InputStream body, int student, Map<Integer, Map<Integer, Long>> seen, CountDownLatch connected) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
      String line;
      boolean first = true;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("data:")) {
          long now = System.nanoTime();
          JsonNode state = JSON.readTree(line.substring(5).strip());
          if (first) {
            connected.countDown();
            first = false;
          }
          if (state.get("state").asText().equals("question")) {
            seen.computeIfAbsent(state.get("index").asInt(), k -> new ConcurrentHashMap<>()).putIfAbsent(student, now);
          }
        }
      }
    } catch (Exception e) {
      // the stream ends when the server stops
    }
  }

  static double pct(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
  }

  static void waitForHealth(HttpClient http, String base) throws Exception {
    for (int i = 0; i < 200; i++) {
      try {
        if (http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
          return;
        }
      } catch (Exception notYet) {
        // starting
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the server did not start");
  }

  static String write(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static JsonNode get(HttpClient http, String url, String token) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(r.body());
  }

  static JsonNode post(HttpClient http, String url, Object body, String token) throws Exception {
    return postAsync(http, url, body, token).get(30, TimeUnit.SECONDS);
  }

  static java.util.concurrent.CompletableFuture<JsonNode> postAsync(HttpClient http, String url, Object body, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(write(body)));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.sendAsync(b.build(), HttpResponse.BodyHandlers.ofString()).thenApply(r -> {
      try {
        return JSON.readTree(r.body());
      } catch (Exception e) {
        throw new IllegalStateException(r.statusCode() + " " + r.body(), e);
      }
    });
  }

  /** Samples the server's used heap with jstat, every 100 ms. */
  static final class HeapSampler {
    private final long pid;
    private volatile boolean running = true;
    private volatile double peakKb;
    private Thread thread;

    HeapSampler(long pid) {
      this.pid = pid;
    }

    void start() {
      thread = new Thread(() -> {
        while (running) {
          try {
            Process p = new ProcessBuilder("jstat", "-gc", String.valueOf(pid)).start();
            List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            if (lines.size() >= 2) {
              String[] head = lines.get(0).trim().split("\\s+");
              String[] vals = lines.get(1).trim().split("\\s+");
              double used = 0;
              for (int i = 0; i < head.length; i++) {
                if (List.of("S0U", "S1U", "EU", "OU").contains(head[i])) {
                  used += Double.parseDouble(vals[i]);
                }
              }
              peakKb = Math.max(peakKb, used);
            }
            Thread.sleep(100);
          } catch (Exception e) {
            return;
          }
        }
      });
      thread.setDaemon(true);
      thread.start();
    }

    double peakMb() {
      return peakKb / 1024;
    }

    void stop() {
      running = false;
    }
  }
}
