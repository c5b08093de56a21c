import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The stack's figures in one run, on one machine (issue 7):
 *
 * <ol>
 *   <li>(a) GET /health with 64 keep-alive clients: the ceiling of the stack;
 *   <li>(b) GET /quizzes/{id}: the quiz page with its article, rendered with jte;
 *   <li>(c) POST /api/attempts/{id}/answers, each a new answer, so each waits for its commit;
 *   <li>(d) 500 students answering at a human pace (one answer every 0.5-1.5 s): latency.
 * </ol>
 *
 * The load generator is a minimal HTTP/1.1 client on plain sockets, so it costs the shared CPU
 * as little as it can. Students come from 127.0.0.2-127.0.0.60, as a district's schools come
 * from many addresses, which keeps the per-address limit on starting attempts out of the way.
 */
public class ThroughputBenchmark {
  static final int CLIENTS = 64;
  static final int STUDENTS = Integer.getInteger("students", 500);
  static final long WARMUP_MS = 3_000;
  static final long MEASURE_MS = Long.getLong("seconds", 10) * 1000;
  static final ObjectMapper JSON = new ObjectMapper();
  static int port;

  public static void main(String[] args) throws Exception {
    port = 18000 + ThreadLocalRandom.current().nextInt(1000);
    Path data = Files.createTempDirectory("qt-throughput-");
    ProcessBuilder pb = new ProcessBuilder("java", "-Xmx512m", "-jar", "target/quiz-trainer.jar");
    pb.environment().put("PORT", String.valueOf(port));
    pb.environment().put("QUIZ_DATA_DIR", data.toString());
    if (System.getenv("BENCH_DB_URL") != null) { // e.g. a PostgreSQL database to compare with
      pb.environment().put("QUIZ_DB_URL", System.getenv("BENCH_DB_URL"));
      pb.environment().put("QUIZ_DB_USER", System.getenv().getOrDefault("BENCH_DB_USER", "postgres"));
    }
    pb.redirectErrorStream(true).redirectOutput(data.resolve("server.log").toFile());
    Process server = pb.start();
    try {
      waitForHealth();
      System.out.printf(Locale.ROOT, "Quiz Trainer throughput, %d cores, server -Xmx512m, %s%n",
          Runtime.getRuntime().availableProcessors(),
          System.getenv("BENCH_DB_URL") != null ? System.getenv("BENCH_DB_URL") : "H2 at " + data);
      byte[] health = get("/health");
      byte[] page = get("/quizzes/belousov-pyongyang");
      Cpu cpu = new Cpu(server.pid());
      double a = rate("(a) GET /health", () -> health);
      cpu.report();
      double b = rate("(b) GET /quizzes/{id} (jte)", () -> page);
      cpu.report();
      List<String[]> questions = questions();
      ConcurrentLinkedQueue<byte[]> answers = new ConcurrentLinkedQueue<>();
      for (int i = 0; i < Integer.getInteger("attempts", 2500); i++) {
        String[] attempt = start("c" + i, i);
        for (String[] q : questions) {
          answers.add(answer(attempt, q));
        }
      }
      cpu.mark();
      double c = rate("(c) POST answers (durable)", answers::poll);
      cpu.report();
      System.out.printf(Locale.ROOT, "ratios to /health: quiz page %.0f%% (target 50%%), answers %.0f%% (target 25%%)%n",
          100 * b / a, 100 * c / a);
      cpu.mark();
      latency(questions);
      cpu.report();
    } finally {
      server.destroy();
      server.waitFor();
    }
  }

  /**
   * Where the machine's CPU went since the last mark, in cores: the app server, PostgreSQL's
   * processes (if any), this load generator, and what stayed idle. Whatever is near the core count
   * is what saturates first. Reads Linux's /proc; prints nothing elsewhere.
   */
  static final class Cpu {
    private final long server;
    private long[] last;
    private long lastNanos;

    Cpu(long server) {
      this.server = server;
      mark();
    }

    void mark() {
      last = ticks();
      lastNanos = System.nanoTime();
    }

    void report() {
      long[] now = ticks();
      if (now != null && last != null) {
        double seconds = (System.nanoTime() - lastNanos) / 1e9;
        double perCore = 100 * seconds; // USER_HZ is 100 on Linux
        System.out.printf(Locale.ROOT,
            "    cores busy: app %.2f, PostgreSQL %.2f, load generator %.2f; idle %.2f of %d%n",
            (now[0] - last[0]) / perCore, (now[1] - last[1]) / perCore, (now[2] - last[2]) / perCore,
            (now[3] - last[3]) / perCore, Runtime.getRuntime().availableProcessors());
      }
      mark();
    }

    /** {app, postgres, this process, idle} in clock ticks, or null off Linux. */
    private long[] ticks() {
      try {
        long postgres = 0;
        try (var procs = Files.list(Path.of("/proc"))) {
          for (Path p : procs.filter(x -> x.getFileName().toString().matches("\\d+")).toList()) {
            try {
              if (Files.readString(p.resolve("comm")).strip().equals("postgres")) {
                postgres += ticks(p);
              }
            } catch (IOException gone) {
              // the process ended meanwhile
            }
          }
        }
        String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
        return new long[] {
          ticks(Path.of("/proc", String.valueOf(server))), postgres,
          ticks(Path.of("/proc", String.valueOf(ProcessHandle.current().pid()))), idle};
      } catch (IOException | RuntimeException e) {
        return null;
      }
    }

    /** User and system time of one process, from /proc/PID/stat (fields 14 and 15). */
    private static long ticks(Path proc) throws IOException {
      String stat = Files.readString(proc.resolve("stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }
  }

  interface Next {
    byte[] request();
  }

  /** Requests per second over MEASURE_MS with CLIENTS keep-alive connections, after a warm-up. */
  static double rate(String name, Next next) throws Exception {
    AtomicLong done = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    long start = System.nanoTime();
    long measureFrom = start + WARMUP_MS * 1_000_000;
    long end = measureFrom + MEASURE_MS * 1_000_000;
    long[] firstAndLast = {Long.MAX_VALUE, 0};
    CountDownLatch finished = new CountDownLatch(CLIENTS);
    for (int i = 0; i < CLIENTS; i++) {
      int client = i;
      new Thread(() -> {
        try (Conn conn = new Conn("127.0.0." + (2 + client % 59))) {
          while (System.nanoTime() < end) {
            byte[] r = next.request();
            if (r == null) {
              break; // no more work
            }
            int status = conn.send(r);
            long now = System.nanoTime();
            if (now >= measureFrom) {
              if (status / 100 == 2) {
                done.incrementAndGet();
              } else {
                errors.incrementAndGet();
              }
              synchronized (firstAndLast) {
                firstAndLast[0] = Math.min(firstAndLast[0], now);
                firstAndLast[1] = Math.max(firstAndLast[1], now);
              }
            }
          }
        } catch (IOException e) {
          errors.incrementAndGet();
        } finally {
          finished.countDown();
        }
      }).start();
    }
    finished.await();
    double seconds = Math.max(1e-9, (Math.min(end, firstAndLast[1]) - measureFrom) / 1e9);
    double rate = done.get() / seconds;
    System.out.printf(Locale.ROOT, "%-32s %9.0f req/s  (%d ok, %d errors, %.1f s)%n", name, rate, done.get(), errors.get(), seconds);
    return rate;
  }

  /** 500 students answer the 28 questions at a human pace; every answer's latency is kept. */
  static void latency(List<String[]> questions) throws Exception {
    List<String[]> attempts = new ArrayList<>();
    for (int i = 0; i < STUDENTS; i++) {
      attempts.add(start("s" + i, 1000 + i));
    }
    long[][] latencies = new long[STUDENTS][];
    AtomicLong errors = new AtomicLong();
    CountDownLatch finished = new CountDownLatch(STUDENTS);
    long began = System.nanoTime();
    for (int i = 0; i < STUDENTS; i++) {
      int s = i;
      Thread t = new Thread(() -> {
        long[] mine = new long[questions.size()];
        Arrays.fill(mine, -1);
        try (Conn conn = new Conn("127.0.0." + (2 + s % 59))) {
          Thread.sleep(ThreadLocalRandom.current().nextLong(1000)); // students don't start in step
          for (int q = 0; q < questions.size(); q++) {
            byte[] r = answer(attempts.get(s), questions.get(q));
            long t0 = System.nanoTime();
            int status = conn.send(r);
            mine[q] = System.nanoTime() - t0;
            if (status != 200) {
              errors.incrementAndGet();
            }
            Thread.sleep(500 + ThreadLocalRandom.current().nextLong(1000));
          }
        } catch (Exception e) {
          errors.incrementAndGet();
        } finally {
          latencies[s] = mine;
          finished.countDown();
        }
      }, "student-" + s);
      t.setDaemon(true);
      t.start();
    }
    finished.await();
    double seconds = (System.nanoTime() - began) / 1e9;
    long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).filter(x -> x >= 0).sorted().toArray();
    System.out.printf(Locale.ROOT,
        "(d) %d students, %d answers in %.1f s (%.0f/s): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (target < 50), max %.1f ms, %d errors%n",
        STUDENTS, all.length, seconds, all.length / seconds, pct(all, 50), pct(all, 95), pct(all, 99), all[all.length - 1] / 1e6, errors.get());
  }

  static double pct(long[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
  }

  static List<String[]> questions() throws IOException {
    JsonNode quiz = JSON.readTree(call("127.0.0.1", get("/api/quizzes/belousov-pyongyang")));
    List<String[]> out = new ArrayList<>();
    for (JsonNode q : quiz.get("questions")) {
      String answer = q.has("choices") ? q.get("choices").get(0).asText() : "42";
      out.add(new String[] {q.get("id").asText(), answer});
    }
    return out;
  }

  /** A new attempt, started from one of many loopback addresses; returns its id and token. */
  static String[] start(String name, int n) throws IOException {
    byte[] body = ("{\"name\":\"" + name + "\"}").getBytes(StandardCharsets.UTF_8);
    JsonNode r = JSON.readTree(call("127.0.0." + (2 + n % 59), post("/api/quizzes/belousov-pyongyang/attempts", body, null)));
    return new String[] {r.get("attemptId").asText(), r.get("token").asText()};
  }

  static byte[] answer(String[] attempt, String[] question) {
    try {
      byte[] body = JSON.writeValueAsBytes(java.util.Map.of("questionId", question[0], "answer", question[1]));
      return post("/api/attempts/" + attempt[0] + "/answers", body, attempt[1]);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] get(String path) {
    return ("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nCookie: qt_csrf=benchbenchbenchbenchbenchbenchbenchbenchben\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  static byte[] post(String path, byte[] body, String token) {
    String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
        + (token == null ? "" : "X-Attempt-Token: " + token + "\r\n")
        + "Content-Length: " + body.length + "\r\n\r\n";
    byte[] h = head.getBytes(StandardCharsets.US_ASCII);
    byte[] out = Arrays.copyOf(h, h.length + body.length);
    System.arraycopy(body, 0, out, h.length, body.length);
    return out;
  }

  static byte[] call(String from, byte[] request) throws IOException {
    try (Conn c = new Conn(from)) {
      int status = c.send(request);
      if (status / 100 != 2) {
        throw new IOException("status " + status + ": " + new String(c.body, StandardCharsets.UTF_8));
      }
      return c.body;
    }
  }

  static void waitForHealth() throws Exception {
    for (int i = 0; i < 600; i++) {
      try {
        call("127.0.0.1", get("/health"));
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("server did not start");
  }

  /** One keep-alive HTTP/1.1 connection from a given loopback address. */
  static final class Conn implements AutoCloseable {
    private final String from;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    byte[] body;

    Conn(String from) throws IOException {
      this.from = from;
      open();
    }

    private void open() throws IOException {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.bind(new InetSocketAddress(from, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
      socket.setSoTimeout(30_000);
      in = new BufferedInputStream(socket.getInputStream(), 65536);
      out = socket.getOutputStream();
    }

    int send(byte[] request) throws IOException {
      out.write(request);
      out.flush();
      String head = readHead();
      int status = Integer.parseInt(head.substring(9, 12));
      String lower = head.toLowerCase(Locale.ROOT);
      int cl = lower.indexOf("content-length:");
      if (cl >= 0) {
        int len = Integer.parseInt(lower.substring(cl + 15, lower.indexOf('\r', cl)).trim());
        body = in.readNBytes(len);
      } else if (lower.contains("transfer-encoding: chunked")) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        while (true) {
          int size = Integer.parseInt(readLine().trim().split(";")[0], 16);
          if (size == 0) {
            readLine();
            break;
          }
          all.write(in.readNBytes(size));
          readLine();
        }
        body = all.toByteArray();
      } else {
        body = new byte[0];
      }
      if (lower.contains("connection: close")) {
        socket.close();
        open();
      }
      return status;
    }

    private String readHead() throws IOException {
      StringBuilder sb = new StringBuilder();
      int matched = 0;
      while (matched < 4) {
        int c = in.read();
        if (c < 0) {
          throw new IOException("connection closed");
        }
        sb.append((char) c);
        matched = (c == '\r' || c == '\n') && "\r\n\r\n".charAt(matched) == c ? matched + 1 : (c == '\r' ? 1 : 0);
      }
      return sb.toString();
    }

    private String readLine() throws IOException {
      StringBuilder sb = new StringBuilder();
      for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
        if (c != '\r') {
          sb.append((char) c);
        }
      }
      return sb.toString();
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
