package org.quiztrainer;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the app reads from its environment, read once at start. The defaults let {@code java
 * -jar target/quiz-trainer.jar} just work from the project folder.
 *
 * @param hotReloadTemplates compile jte templates from {@code src/main/jte} on each change; only
 *     useful when running from a source checkout
 * @param secureCookies mark cookies Secure: set QUIZ_SECURE_COOKIES=true when users reach the app
 *     over HTTPS, as through a TLS-terminating proxy
 * @param metricsToken the Bearer token a metrics scraper sends to GET /metrics
 *     (QUIZ_METRICS_TOKEN); an admin's API token works too
 * @param trustProxy take the client's address and scheme from the X-Forwarded-For and
 *     X-Forwarded-Proto headers (QUIZ_TRUST_PROXY=true): only when every request comes through a
 *     reverse proxy that sets them, or clients could pick their own address and dodge rate limits
 */
public record Config(
    int port,
    Path dataDir,
    Path questionsDir,
    Optional<String> dbUrl,
    Optional<String> dbUser,
    Optional<String> dbPassword,
    Optional<String> adminEmail,
    Optional<String> adminPassword,
    boolean hotReloadTemplates,
    boolean secureCookies,
    Optional<String> metricsToken,
    boolean trustProxy) {

  public static Config fromEnvironment(Map<String, String> env, boolean hotReloadTemplates) {
    return new Config(
        port(env.getOrDefault("PORT", "7070")),
        Path.of(env.getOrDefault("QUIZ_DATA_DIR", "./data")),
        Path.of(env.getOrDefault("QUIZ_QUESTIONS_DIR", "./questions")),
        nonBlank(env.get("QUIZ_DB_URL")),
        nonBlank(env.get("QUIZ_DB_USER")),
        nonBlank(env.get("QUIZ_DB_PASSWORD")),
        nonBlank(env.get("QUIZ_ADMIN_EMAIL")),
        nonBlank(env.get("QUIZ_ADMIN_PASSWORD")),
        hotReloadTemplates,
        "true".equalsIgnoreCase(env.getOrDefault("QUIZ_SECURE_COOKIES", "false").trim()),
        nonBlank(env.get("QUIZ_METRICS_TOKEN")),
        "true".equalsIgnoreCase(env.getOrDefault("QUIZ_TRUST_PROXY", "false").trim()));
  }

  /** A config for tests and tools: embedded H2 in {@code dataDir}, any free port. */
  public static Config forDataDir(Path dataDir, Path questionsDir) {
    return new Config(
        0,
        dataDir,
        questionsDir,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        false,
        false,
        Optional.empty(),
        false);
  }

  /** This config, with cookies marked Secure as behind an HTTPS proxy. */
  public Config withSecureCookies() {
    return new Config(
        port,
        dataDir,
        questionsDir,
        dbUrl,
        dbUser,
        dbPassword,
        adminEmail,
        adminPassword,
        hotReloadTemplates,
        true,
        metricsToken,
        trustProxy);
  }

  /** This config, behind a reverse proxy whose X-Forwarded-* headers are trusted. */
  public Config withTrustedProxy() {
    return new Config(
        port,
        dataDir,
        questionsDir,
        dbUrl,
        dbUser,
        dbPassword,
        adminEmail,
        adminPassword,
        hotReloadTemplates,
        secureCookies,
        metricsToken,
        true);
  }

  /** This config, on an external database (PostgreSQL) instead of the embedded H2. */
  public Config withDatabase(String url, String user, String password) {
    return new Config(
        port,
        dataDir,
        questionsDir,
        Optional.of(url),
        Optional.ofNullable(user),
        Optional.ofNullable(password),
        adminEmail,
        adminPassword,
        hotReloadTemplates,
        secureCookies,
        metricsToken,
        trustProxy);
  }

  /** This config, with an admin teacher to bootstrap. */
  public Config withAdmin(String email, String password) {
    return new Config(
        port,
        dataDir,
        questionsDir,
        dbUrl,
        dbUser,
        dbPassword,
        Optional.of(email),
        Optional.of(password),
        hotReloadTemplates,
        secureCookies,
        metricsToken,
        trustProxy);
  }

  private static int port(String value) {
    try {
      int port = Integer.parseInt(value.trim());
      if (port < 0 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("PORT must be a number from 0 to 65535, got: " + value);
    }
  }

  private static Optional<String> nonBlank(String value) {
    return Optional.ofNullable(value).filter(v -> !v.isBlank());
  }
}
