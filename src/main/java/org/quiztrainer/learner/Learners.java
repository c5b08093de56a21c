package org.quiztrainer.learner;

import io.javalin.http.Context;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.quiztrainer.Problem;
import org.quiztrainer.security.Tokens;
import org.quiztrainer.security.WindowCounter;
import org.quiztrainer.web.Cookies;

/**
 * Who a self-study learner is, without any personal data: a random token in an HttpOnly cookie
 * names the browser, and the browser names the learner. A recovery code lets the learner carry on
 * in another browser. Only SHA-256 hashes of tokens and codes are stored (see docs/decisions/0011).
 */
public final class Learners {
  static final String COOKIE = "qt_learner";
  static final int COOKIE_SECONDS = 60 * 60 * 24 * 400;

  private final Jdbi jdbi;
  private final LearnerDao dao;
  private final Cookies cookies;
  private final Tokens tokens;
  private final WindowCounter wrongCodes;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public Learners(
      Jdbi jdbi,
      LearnerDao dao,
      Cookies cookies,
      Tokens tokens,
      WindowCounter wrongCodes,
      Clock clock) {
    this.jdbi = jdbi;
    this.dao = dao;
    this.cookies = cookies;
    this.tokens = tokens;
    this.wrongCodes = wrongCodes;
    this.clock = clock;
  }

  /** The learner this browser belongs to, if it has started studying. */
  public Optional<String> current(Context ctx) {
    String cached = ctx.attribute(COOKIE);
    if (cached != null) {
      return Optional.of(cached);
    }
    String token = ctx.cookie(COOKIE);
    if (token == null || token.isEmpty() || token.length() > 100) {
      return Optional.empty();
    }
    return jdbi.withHandle(h -> dao.byDevice(h, Tokens.hash(token)));
  }

  /** The learner this browser belongs to, made on the browser's first practice. */
  public String currentOrNew(Context ctx) {
    Optional<String> known = current(ctx);
    if (known.isPresent()) {
      return known.get();
    }
    String id = UUID.randomUUID().toString();
    String token = tokens.newToken();
    jdbi.useTransaction(
        h -> {
          dao.insert(h, id, clock.instant());
          dao.addDevice(h, id, Tokens.hash(token), clock.instant());
        });
    remember(ctx, id, token);
    return id;
  }

  /** A new recovery code for the learner; any earlier code stops working. Shown once. */
  public String newRecoveryCode(String learnerId) {
    String code = RecoveryCode.fresh(random);
    String canonical = RecoveryCode.canonical(code).orElseThrow();
    jdbi.useHandle(h -> dao.setRecoveryCode(h, learnerId, Tokens.hash(canonical)));
    return code;
  }

  public boolean hasRecoveryCode(String learnerId) {
    return jdbi.withHandle(h -> dao.hasRecoveryCode(h, learnerId));
  }

  /**
   * Makes this browser the learner's whose code it is. Wrong codes are limited per address, so
   * codes can't be searched for: 60 random bits at 10 guesses a minute would take ages.
   */
  public void continueWith(Context ctx, String typed) {
    String address = ctx.ip();
    if (wrongCodes.atLimit(address)) {
      throw Problem.tooMany("too many wrong codes from this network; wait a minute and try again");
    }
    Optional<String> canonical = RecoveryCode.canonical(typed);
    Optional<String> learner =
        canonical.flatMap(c -> jdbi.withHandle(h -> dao.byRecoveryCode(h, Tokens.hash(c))));
    if (learner.isEmpty()) {
      wrongCodes.tryAcquire(address);
      throw Problem.invalid(
          canonical.isEmpty()
              ? "a recovery code has 12 letters and digits, like 7K3M-Q9PX-2HRT"
              : "no learner has that recovery code; check it and try again");
    }
    String token = tokens.newToken();
    jdbi.useHandle(h -> dao.addDevice(h, learner.get(), Tokens.hash(token), clock.instant()));
    remember(ctx, learner.get(), token);
  }

  /** Deletes the learner and all their history, and forgets them in this browser. */
  public void forget(Context ctx, String learnerId) {
    jdbi.useTransaction(h -> dao.delete(h, learnerId));
    cookies.set(ctx, COOKIE, "", 0);
  }

  private void remember(Context ctx, String learnerId, String token) {
    cookies.set(ctx, COOKIE, token, COOKIE_SECONDS);
    ctx.attribute(COOKIE, learnerId);
  }
}
