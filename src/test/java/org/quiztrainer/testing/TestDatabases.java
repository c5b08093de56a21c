package org.quiztrainer.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.quiztrainer.Config;

/**
 * Which database the HTTP tests run on. By default each test app has its own embedded H2 in a
 * temporary folder. With QUIZ_TEST_PG_URL set (a PostgreSQL server, such as
 * jdbc:postgresql://127.0.0.1:55432/), each gets a fresh PostgreSQL database of its own instead, so
 * the same suite runs on both.
 */
public final class TestDatabases {
  private static final String PG = System.getenv("QUIZ_TEST_PG_URL");
  private static final String USER = System.getenv().getOrDefault("QUIZ_TEST_PG_USER", "postgres");
  // Unique across the suite's test JVMs, which run at the same time.
  private static final String RUN =
      Long.toString(System.currentTimeMillis(), 36) + "_" + ProcessHandle.current().pid();
  private static final AtomicInteger COUNT = new AtomicInteger();

  /** A data folder keeps its database, so a test that restarts the app finds its data again. */
  private static final java.util.Map<java.nio.file.Path, String> BY_DATA_DIR =
      new java.util.concurrent.ConcurrentHashMap<>();

  private TestDatabases() {}

  public static boolean postgres() {
    return PG != null && !PG.isBlank();
  }

  /** The config on a fresh database: itself for H2, a new PostgreSQL database otherwise. */
  public static Config fresh(Config config) {
    if (!postgres() || config.dbUrl().isPresent()) {
      return config;
    }
    String base = PG.endsWith("/") ? PG : PG + "/";
    String name =
        BY_DATA_DIR.computeIfAbsent(
            config.dataDir().toAbsolutePath(),
            dir -> {
              String fresh = "qt_" + RUN + "_" + COUNT.incrementAndGet();
              try (Connection c = DriverManager.getConnection(base + "postgres", USER, null)) {
                c.createStatement().execute("CREATE DATABASE " + fresh); // a generated name
              } catch (SQLException e) {
                throw new IllegalStateException("cannot create a test database on " + PG, e);
              }
              return fresh;
            });
    return config.withDatabase(base + name, USER, null);
  }
}
