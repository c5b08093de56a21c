package org.quiztrainer.attempt;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.quiztrainer.web.Cookies;

/**
 * The attempts made in this browser, kept in an HttpOnly cookie as id:token pairs. It lets a
 * student without an account come back to an unfinished quiz and see their past scores.
 */
public final class RecentAttempts {
  private final Cookies cookies;

  public RecentAttempts(Cookies cookies) {
    this.cookies = cookies;
  }

  static final String COOKIE = "qt_attempts";
  private static final int KEEP = 12;
  private static final int NINETY_DAYS = 60 * 60 * 24 * 90;

  /** One remembered attempt. */
  public record Entry(String attemptId, String token) {}

  public List<Entry> read(Context ctx) {
    String raw = ctx.cookie(COOKIE);
    if (raw == null || raw.isBlank()) {
      return List.of();
    }
    return Arrays.stream(raw.split("\\|"))
        .map(pair -> pair.split(":", 2))
        .filter(
            p ->
                p.length == 2
                    && p[0].matches("[0-9a-f-]{36}")
                    && p[1].matches("[A-Za-z0-9_-]{1,64}"))
        .map(p -> new Entry(p[0], p[1]))
        .limit(KEEP)
        .toList();
  }

  public Optional<String> tokenFor(Context ctx, String attemptId) {
    return read(ctx).stream()
        .filter(e -> e.attemptId().equals(attemptId))
        .map(Entry::token)
        .findFirst();
  }

  public void remember(Context ctx, String attemptId, String token) {
    List<Entry> entries = new ArrayList<>();
    entries.add(new Entry(attemptId, token));
    read(ctx).stream()
        .filter(e -> !e.attemptId().equals(attemptId))
        .limit(KEEP - 1)
        .forEach(entries::add);
    String value =
        String.join("|", entries.stream().map(e -> e.attemptId() + ":" + e.token()).toList());
    cookies.set(ctx, COOKIE, value, NINETY_DAYS);
  }
}
