package org.quiztrainer.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.quiztrainer.Config;

/** Opens the database named by the config, brings its schema up to date and wraps it in Jdbi. */
public final class Database implements AutoCloseable {
  private final HikariDataSource dataSource;
  private final Jdbi jdbi;

  private Database(HikariDataSource dataSource) {
    this.dataSource = dataSource;
    this.jdbi = Jdbi.create(dataSource);
  }

  public static Database open(Config config) {
    HikariConfig hikari = new HikariConfig();
    hikari.setJdbcUrl(config.dbUrl().orElseGet(() -> embeddedUrl(config.dataDir())));
    config.dbUser().ifPresent(hikari::setUsername);
    config.dbPassword().ifPresent(hikari::setPassword);
    hikari.setMaximumPoolSize(10);
    hikari.setPoolName("quiz-db");
    HikariDataSource dataSource = new HikariDataSource(hikari);
    try {
      Flyway.configure().dataSource(dataSource).load().migrate();
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
    return new Database(dataSource);
  }

  /**
   * H2 normally lets its background writer persist commits up to a second later. WRITE_DELAY=0
   * writes each commit before the statement returns, so an acknowledged answer survives a kill -9
   * (see docs/decisions/0003-durable-answers.md).
   */
  public static String embeddedUrl(Path dataDir) {
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create QUIZ_DATA_DIR " + dataDir, e);
    }
    Path file = dataDir.toAbsolutePath().normalize().resolve("quiz-trainer");
    return "jdbc:h2:file:" + file + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  /** True on PostgreSQL, the database several app nodes can share. */
  public boolean isPostgres() {
    return dataSource.getJdbcUrl().startsWith("jdbc:postgresql:");
  }

  /** A connection of its own, outside the pool, for a session that lasts (LISTEN). */
  public Connection dedicatedConnection() throws SQLException {
    return DriverManager.getConnection(
        dataSource.getJdbcUrl(), dataSource.getUsername(), dataSource.getPassword());
  }

  /** True when the database answers a trivial query. */
  public boolean isUp() {
    try {
      return jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
