package org.quiztrainer.live;

import java.util.function.Supplier;
import org.quiztrainer.Problem;
import org.quiztrainer.security.WindowCounter;

/**
 * Rate limits on joining, per network address: many joins a minute (a class shares one school
 * router), but few wrong codes, so nobody can walk the code space to find a class.
 */
public final class JoinGuard {
  private final WindowCounter joins;
  private final WindowCounter wrongCodes;

  public JoinGuard(WindowCounter joins, WindowCounter wrongCodes) {
    this.joins = joins;
    this.wrongCodes = wrongCodes;
  }

  public <T> T join(String address, Supplier<T> attempt) {
    if (wrongCodes.atLimit(address) || !joins.tryAcquire(address)) {
      throw Problem.tooMany(
          "too many tries to join from this network; wait a minute and try again");
    }
    try {
      return attempt.get();
    } catch (Problem p) {
      if (p.kind() == Problem.Kind.NOT_FOUND) {
        wrongCodes.tryAcquire(address);
      }
      throw p;
    }
  }
}
