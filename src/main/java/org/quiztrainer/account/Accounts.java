package org.quiztrainer.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.quiztrainer.Problem;
import org.quiztrainer.db.UniqueViolation;
import org.quiztrainer.security.Tokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Teacher accounts, sign-in and the tokens that prove it. */
public final class Accounts {
  /** A browser session lasts a school day and a bit. */
  public static final Duration SESSION_LIFETIME = Duration.ofHours(12);

  /** An API token lasts a month unless revoked. */
  public static final Duration API_TOKEN_LIFETIME = Duration.ofDays(30);

  static final String WEB = "web";
  static final String API = "api";
  private static final Logger log = LoggerFactory.getLogger(Accounts.class);

  private final Jdbi jdbi;
  private final TeacherDao teachers;
  private final TokenDao tokens;
  private final PasswordHasher hasher;
  private final LoginLimiter limiter;
  private final Clock clock;
  private final Tokens secrets = new Tokens();
  // Checked against when the email is unknown, so a wrong email takes as long as a wrong password.
  private final String decoyHash;

  public Accounts(
      Jdbi jdbi,
      TeacherDao teachers,
      TokenDao tokens,
      PasswordHasher hasher,
      LoginLimiter limiter,
      Clock clock) {
    this.jdbi = jdbi;
    this.teachers = teachers;
    this.tokens = tokens;
    this.hasher = hasher;
    this.limiter = limiter;
    this.clock = clock;
    this.decoyHash = hasher.hash("decoy password for unknown emails");
  }

  /** A token and when it stops working. */
  public record Issued(String token, Instant expiresAt) {}

  /** Creates the admin from the environment if no teacher has that email yet. */
  public void bootstrapAdmin(String email, String password) {
    String normalized = email(email);
    if (jdbi.withHandle(h -> teachers.byEmail(h, normalized)).isPresent()) {
      return;
    }
    try {
      create(normalized, password, "Administrator", true);
      log.info("Created admin teacher {}", normalized);
    } catch (RuntimeException e) {
      // Another node starting at the same moment may have created it first.
      if (jdbi.withHandle(h -> teachers.byEmail(h, normalized)).isEmpty()) {
        throw e;
      }
    }
  }

  /** Creates a teacher account; only an admin may. */
  public Teacher createTeacher(Teacher by, String email, String password, String name) {
    if (!by.admin()) {
      throw Problem.forbidden("only an admin can create teacher accounts");
    }
    return create(email(email), password, name(name), false);
  }

  private Teacher create(String email, String password, String name, boolean admin) {
    checkPassword(password);
    Teacher t = new Teacher(UUID.randomUUID().toString(), email, name, admin);
    String hash = hasher.hash(password);
    try {
      jdbi.useTransaction(h -> teachers.insert(h, t, hash));
    } catch (RuntimeException e) {
      if (UniqueViolation.is(e)) {
        throw Problem.conflict("a teacher with the email " + email + " already exists");
      }
      throw e;
    }
    return t;
  }

  public List<Teacher> all(Teacher by) {
    if (!by.admin()) {
      throw Problem.forbidden("only an admin can list teacher accounts");
    }
    return jdbi.withHandle(teachers::all);
  }

  /**
   * Checks an email and password. Wrong ones, and too many tries, are refused with a message that
   * doesn't say whether the email exists.
   */
  public Teacher login(String rawEmail, String password, String address) {
    String email = rawEmail == null ? "" : rawEmail.trim().toLowerCase(Locale.ROOT);
    long wait = limiter.minutesToWait(email, address);
    if (wait > 0) {
      throw Problem.tooMany(
          "too many failed sign-ins; try again in " + wait + (wait == 1 ? " minute" : " minutes"));
    }
    Optional<TeacherDao.WithHash> found =
        email.isEmpty() ? Optional.empty() : jdbi.withHandle(h -> teachers.byEmail(h, email));
    String pw = password == null ? "" : password;
    boolean ok = hasher.matches(pw, found.map(TeacherDao.WithHash::passwordHash).orElse(decoyHash));
    if (found.isEmpty() || !ok) {
      limiter.failed(email, address);
      throw Problem.unauthorized("wrong email or password");
    }
    limiter.succeeded(email);
    return found.get().teacher();
  }

  public Issued issueSession(Teacher t) {
    return issue(t, WEB, SESSION_LIFETIME);
  }

  public Issued issueApiToken(Teacher t) {
    return issue(t, API, API_TOKEN_LIFETIME);
  }

  private Issued issue(Teacher t, String kind, Duration lifetime) {
    String token = secrets.newToken();
    Instant expires = clock.instant().plus(lifetime);
    jdbi.useTransaction(
        h -> {
          tokens.deleteExpired(h, clock.instant());
          tokens.insert(h, Tokens.hash(token), t.id(), kind, expires);
        });
    return new Issued(token, expires);
  }

  public Optional<Teacher> bySession(String token) {
    return byToken(token, WEB);
  }

  public Optional<Teacher> byApiToken(String token) {
    return byToken(token, API);
  }

  private Optional<Teacher> byToken(String token, String kind) {
    if (token == null || token.isEmpty() || token.length() > 200) {
      return Optional.empty();
    }
    return jdbi.withHandle(h -> tokens.teacher(h, Tokens.hash(token), kind, clock.instant()));
  }

  /** Ends a session or revokes an API token; true if it was live. */
  public boolean revoke(String token) {
    if (token == null || token.length() > 200) {
      return false;
    }
    return jdbi.withHandle(h -> tokens.delete(h, Tokens.hash(token))) > 0;
  }

  /**
   * Changes a password after checking the current one, and signs the teacher out everywhere else:
   * whoever knew the old password loses their session and tokens.
   */
  public void changePassword(Teacher t, String current, String fresh, String keepToken) {
    TeacherDao.WithHash stored =
        jdbi.withHandle(h -> teachers.byId(h, t.id()))
            .orElseThrow(() -> Problem.notFound("this account no longer exists"));
    if (!hasher.matches(current == null ? "" : current, stored.passwordHash())) {
      throw Problem.invalid("the current password is wrong");
    }
    checkPassword(fresh);
    String hash = hasher.hash(fresh);
    String keep = keepToken == null ? "" : Tokens.hash(keepToken);
    jdbi.useTransaction(
        h -> {
          teachers.setPasswordHash(h, t.id(), hash);
          tokens.deleteAllExcept(h, t.id(), keep);
        });
  }

  static void checkPassword(String password) {
    if (password == null
        || password.codePointCount(0, password.length()) < PasswordHasher.MIN_LENGTH) {
      throw Problem.invalid(
          "the password must be at least " + PasswordHasher.MIN_LENGTH + " characters long");
    }
    if (password.length() > 200) {
      throw Problem.invalid("the password must be at most 200 characters long");
    }
  }

  static String email(String raw) {
    String email = raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
    if (email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw Problem.invalid("'" + (raw == null ? "" : raw.trim()) + "' is not an email address");
    }
    return email;
  }

  static String name(String raw) {
    String name = raw == null ? "" : raw.trim();
    if (name.isEmpty() || name.length() > 100) {
      throw Problem.invalid("the name must be 1 to 100 characters");
    }
    return name;
  }
}
