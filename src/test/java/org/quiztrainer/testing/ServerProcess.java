package org.quiztrainer.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.quiztrainer.Config;

/** The app in a separate JVM, so a test can kill it the hard way and start it again. */
public final class ServerProcess implements AutoCloseable {
  private final Path dataDir;
  private final int port;
  private final Path log;
  private final Config database;
  private Process process;

  /** The app on this data folder's database: its H2, or on the PostgreSQL pass its own database. */
  public ServerProcess(Path dataDir) {
    this(dataDir, null);
  }

  /** The app on the database of {@code database}, as another node of an app already running. */
  public ServerProcess(Path dataDir, Config database) {
    this.dataDir = dataDir;
    this.database = database;
    this.port = freePort();
    this.log = dataDir.resolveSibling(dataDir.getFileName() + "-server.log");
  }

  public String base() {
    return "http://localhost:" + port;
  }

  /** The server's log: its standard output and error. */
  public Path log() {
    return log;
  }

  public int port() {
    return port;
  }

  public ServerProcess start() throws IOException, InterruptedException {
    ProcessBuilder pb =
        new ProcessBuilder(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-Dorg.slf4j.simpleLogger.log.requests=info",
                "-cp",
                System.getProperty("java.class.path"),
                "org.quiztrainer.Main"));
    pb.environment().put("PORT", Integer.toString(port));
    pb.environment().put("QUIZ_DATA_DIR", dataDir.toString());
    pb.environment().put("QUIZ_QUESTIONS_DIR", "questions");
    // On the suite's PostgreSQL pass, the same database at every restart of this data folder.
    Config onDatabase =
        database != null
            ? database
            : TestDatabases.fresh(Config.forDataDir(dataDir, Path.of("questions")));
    onDatabase.dbUrl().ifPresent(url -> pb.environment().put("QUIZ_DB_URL", url));
    onDatabase.dbUser().ifPresent(user -> pb.environment().put("QUIZ_DB_USER", user));
    onDatabase.dbPassword().ifPresent(pw -> pb.environment().put("QUIZ_DB_PASSWORD", pw));
    pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    process = pb.start();
    awaitHealthy();
    return this;
  }

  private void awaitHealthy() throws InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("server exited at start; see " + log);
      }
      try {
        var r =
            client.send(
                HttpRequest.newBuilder(URI.create(base() + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("server did not become healthy; see " + log);
  }

  /** SIGKILL: no shutdown hooks, no flushing, exactly like a crash. */
  public void kill9() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** SIGTERM: the graceful path. */
  public int terminate() throws InterruptedException {
    process.destroy();
    return process.waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      kill9();
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
