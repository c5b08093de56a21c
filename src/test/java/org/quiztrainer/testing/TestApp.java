package org.quiztrainer.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.quiztrainer.App;
import org.quiztrainer.Config;

/**
 * The real app on a free port with its own H2 database in a temporary folder, and a small HTTP
 * client for it. Each test makes its own, so tests never share state.
 */
public final class TestApp implements AutoCloseable {
  public static final Path SEED_QUESTIONS = Path.of("questions");

  /** Every test app has this admin, bootstrapped from the config as QUIZ_ADMIN_* would. */
  public static final String ADMIN_EMAIL = "admin@school.test";

  public static final String ADMIN_PASSWORD = "admin-password-1";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final int port;
  private final Runnable stop;
  private final Path dataDir;
  private final Config config;
  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private TestApp(Javalin app, Config config) {
    this(app.port(), app::stop, config);
  }

  private TestApp(int port, Runnable stop, Config config) {
    this.config = config;
    this.port = port;
    this.stop = stop;
    this.dataDir = config.dataDir();
  }

  public static TestApp start() {
    return start(SEED_QUESTIONS);
  }

  public static TestApp start(Path questionsDir) {
    try {
      return start(Files.createTempDirectory("qt-test-"), questionsDir);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public static TestApp start(Path dataDir, Path questionsDir) {
    return start(Config.forDataDir(dataDir, questionsDir).withAdmin(ADMIN_EMAIL, ADMIN_PASSWORD));
  }

  /** The app on any config; its data directory must be a fresh temporary folder. */
  public static TestApp start(Config config) {
    return start(config, java.time.Clock.systemUTC());
  }

  /** The seed app with its admin, on a clock the test controls. */
  public static TestApp start(java.time.Clock clock) {
    try {
      Path dir = Files.createTempDirectory("qt-test-");
      return start(
          Config.forDataDir(dir, SEED_QUESTIONS).withAdmin(ADMIN_EMAIL, ADMIN_PASSWORD), clock);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The app on exactly this config's database: the embedded H2 in its data folder, for tests of
   * that file itself (backups, a damaged file), whichever database the rest of the suite uses.
   */
  public static TestApp startEmbedded(Config config) {
    Javalin app = App.create(config, TestGenerator.GENERATOR, java.time.Clock.systemUTC());
    app.start(0);
    return new TestApp(app, config);
  }

  public static TestApp start(Config config, java.time.Clock clock) {
    return start(config, TestGenerator.GENERATOR, clock);
  }

  /** The seed app with its admin and a generator of the test's own (a pipeline not yet loaded). */
  public static TestApp startWith(org.quiztrainer.generate.QuestionGenerator generator) {
    try {
      Path dir = Files.createTempDirectory("qt-test-");
      return start(
          Config.forDataDir(dir, SEED_QUESTIONS).withAdmin(ADMIN_EMAIL, ADMIN_PASSWORD),
          generator,
          java.time.Clock.systemUTC());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static TestApp start(
      Config config, org.quiztrainer.generate.QuestionGenerator generator, java.time.Clock clock) {
    Config onDatabase = TestDatabases.fresh(config);
    Javalin app = App.create(onDatabase, generator, clock);
    app.start(0);
    return new TestApp(app, onDatabase);
  }

  /**
   * Another app node on this one's database, as behind a load balancer: a data folder of its own,
   * the same PostgreSQL.
   */
  public TestApp anotherNode() {
    if (config.dbUrl().isEmpty()) {
      throw new IllegalStateException("nodes can only share a PostgreSQL database");
    }
    try {
      Config other =
          Config.forDataDir(Files.createTempDirectory("qt-node-"), config.questionsDir())
              .withAdmin(ADMIN_EMAIL, ADMIN_PASSWORD)
              .withDatabase(
                  config.dbUrl().get(),
                  config.dbUser().orElse(null),
                  config.dbPassword().orElse(null));
      return start(other);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * As {@link #anotherNode()}, but in a JVM of its own, as a real second server: nothing in memory
   * can be shared with this one.
   */
  public TestApp anotherNodeInItsOwnJvm() {
    try {
      Path dir = Files.createTempDirectory("qt-node-");
      Config other =
          Config.forDataDir(dir, config.questionsDir())
              .withDatabase(
                  config.dbUrl().orElseThrow(),
                  config.dbUser().orElse(null),
                  config.dbPassword().orElse(null));
      ServerProcess process = new ServerProcess(dir, other).start();
      return new TestApp(
          process.port(),
          () -> {
            try {
              process.terminate();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          },
          other);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Path dataDir() {
    return dataDir;
  }

  /** The app's own database, for checking what is stored; H2 shares it within this JVM. */
  public org.jdbi.v3.core.Jdbi database() {
    if (config.dbUrl().isPresent()) {
      return org.jdbi.v3.core.Jdbi.create(
          config.dbUrl().get(), config.dbUser().orElse(""), config.dbPassword().orElse(""));
    }
    return org.jdbi.v3.core.Jdbi.create(org.quiztrainer.db.Database.embeddedUrl(dataDir));
  }

  /** The one value a query returns, read from the app's database. */
  public <T> T one(String sql, Class<T> type) {
    return database().withHandle(h -> h.createQuery(sql).mapTo(type).one());
  }

  /** Rows in a table right now. */
  public int count(String table) {
    return database()
        .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
  }

  public String url(String path) {
    return "http://localhost:" + port + path;
  }

  public Response get(String path, String... headers) {
    return send(builder(path, headers).GET());
  }

  public Response postJson(String path, Object body, String... headers) {
    String text = body instanceof String s ? s : write(body);
    return send(
        builder(path, headers)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(text)));
  }

  public Response postBytes(String path, byte[] body, String... headers) {
    return send(builder(path, headers).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  public Response postForm(String path, Map<String, String> form, String... headers) {
    StringBuilder body = new StringBuilder();
    form.forEach(
        (k, v) ->
            body.append(body.length() == 0 ? "" : "&")
                .append(java.net.URLEncoder.encode(k, java.nio.charset.StandardCharsets.UTF_8))
                .append('=')
                .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
    return send(
        builder(path, headers)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
  }

  /**
   * Sends only the request line and headers of a POST that announces {@code contentLength} bytes,
   * and returns the raw response: shows the server refusing a body from its size alone, without the
   * race of a client still uploading when the server closes the connection.
   */
  public String announceBody(String path, long contentLength) {
    try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
      socket.setSoTimeout(10_000);
      String head =
          "POST "
              + path
              + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
              + "Content-Length: "
              + contentLength
              + "\r\n\r\n";
      socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      return new String(
          socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public Response delete(String path, String... headers) {
    return send(builder(path, headers).DELETE());
  }

  /** Any request, as a script would send it. */
  public Response request(String method, String path, String body, String... headers) {
    return send(
        builder(path, headers)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpRequest.Builder builder(String path, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return b;
  }

  private Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(r.statusCode(), r.body(), r.headers().map());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    stop.run();
  }

  /** A response with its body as text and, when it is JSON, as a tree. */
  public record Response(int status, String body, Map<String, java.util.List<String>> headers) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> String.join(", ", e.getValue()))
          .findFirst()
          .orElse(null);
    }
  }
}
