package org.quiztrainer.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quiztrainer.Config;
import org.quiztrainer.db.Database;
import org.quiztrainer.testing.TestDatabases;

/** Token lifetimes, against the real H2 database, with a clock the test moves. */
class TokenExpiryTest {
  private final LoginLimiterTest.ManualClock clock = new LoginLimiterTest.ManualClock();
  private final Database db;
  private final Accounts accounts;

  TokenExpiryTest() throws Exception {
    Path dir = Files.createTempDirectory("qt-tokens-");
    db = Database.open(TestDatabases.fresh(Config.forDataDir(dir, dir)));
    accounts =
        new Accounts(
            db.jdbi(),
            new TeacherDao(),
            new TokenDao(),
            new PasswordHasher(),
            new LoginLimiter(clock),
            clock);
    accounts.bootstrapAdmin("admin@school.test", "admin-password-1");
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void an_api_token_works_for_thirty_days_and_not_after() {
    Teacher admin = accounts.login("admin@school.test", "admin-password-1", "127.0.0.1");
    String token = accounts.issueApiToken(admin).token();
    clock.now = clock.now.plus(Duration.ofDays(29));
    assertThat(accounts.byApiToken(token)).contains(admin);
    clock.now = clock.now.plus(Duration.ofDays(1));
    assertThat(accounts.byApiToken(token)).isEmpty();
  }

  @Test
  void a_browser_session_lasts_twelve_hours_and_is_no_api_token() {
    Teacher admin = accounts.login("admin@school.test", "admin-password-1", "127.0.0.1");
    String session = accounts.issueSession(admin).token();
    assertThat(accounts.bySession(session)).contains(admin);
    assertThat(accounts.byApiToken(session)).isEmpty();
    clock.now = clock.now.plus(Duration.ofHours(12));
    assertThat(accounts.bySession(session)).isEmpty();
  }

  @Test
  void bootstrapping_again_keeps_the_existing_admin_and_password() {
    accounts.bootstrapAdmin("admin@school.test", "another-password");
    assertThat(accounts.login("admin@school.test", "admin-password-1", "127.0.0.1").admin())
        .isTrue();
  }

  @Test
  void changing_the_password_signs_out_every_other_session_and_token() {
    Teacher admin = accounts.login("admin@school.test", "admin-password-1", "127.0.0.1");
    String here = accounts.issueSession(admin).token();
    String elsewhere = accounts.issueSession(admin).token();
    String api = accounts.issueApiToken(admin).token();
    accounts.changePassword(admin, "admin-password-1", "a-new-password-2", here);
    assertThat(accounts.bySession(here)).isPresent();
    assertThat(accounts.bySession(elsewhere)).isEmpty();
    assertThat(accounts.byApiToken(api)).isEmpty();
    assertThat(accounts.login("admin@school.test", "a-new-password-2", "127.0.0.1"))
        .isEqualTo(admin);
  }

  @Test
  void the_database_holds_only_an_argon2id_hash_of_the_password() {
    String stored =
        db.jdbi()
            .withHandle(h -> new TeacherDao().byEmail(h, "admin@school.test"))
            .orElseThrow()
            .passwordHash();
    assertThat(stored).startsWith("$argon2id$").doesNotContain("admin-password-1");
  }
}
