package org.quiztrainer.account;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.quiztrainer.Problem;
import org.quiztrainer.web.Cookies;
import org.quiztrainer.web.SeeOther;

/**
 * Who is asking: a teacher's browser session (an HttpOnly cookie) for pages, a Bearer token for the
 * API. The two are kept apart, so a stolen API token can't drive the pages and a page session can't
 * be replayed against the API.
 */
public final class Auth {
  static final String COOKIE = "qt_session";
  private static final String TEACHER = "qt.teacher";

  private final Accounts accounts;
  private final Cookies cookies;

  public Auth(Accounts accounts, Cookies cookies) {
    this.accounts = accounts;
    this.cookies = cookies;
  }

  /** The teacher behind this API request's Bearer token; 401 without a live one. */
  public Teacher apiTeacher(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw Problem.unauthorized("sign in first: send 'Authorization: Bearer <token>'");
    }
    return accounts
        .byApiToken(header.substring(7).trim())
        .orElseThrow(
            () ->
                Problem.unauthorized(
                    "this token is unknown, expired or revoked; get a new one from"
                        + " POST /api/auth/token"));
  }

  /** The signed-in teacher of a page, if any. */
  public Optional<Teacher> pageTeacher(Context ctx) {
    Teacher cached = ctx.attribute(TEACHER);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<Teacher> t = accounts.bySession(ctx.cookie(COOKIE));
    t.ifPresent(teacher -> ctx.attribute(TEACHER, teacher));
    return t;
  }

  /** The signed-in teacher of a page; anyone else is sent to sign in and brought back after. */
  public Teacher requirePageTeacher(Context ctx) {
    return pageTeacher(ctx)
        .orElseThrow(
            () -> {
              String back = ctx.method().name().equals("GET") ? ctx.path() : "/teach";
              return new SeeOther("/login?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
            });
  }

  /** Starts a fresh session, ending any session this browser had, so an old id is never reused. */
  public void signIn(Context ctx, Teacher teacher) {
    accounts.revoke(ctx.cookie(COOKIE));
    Accounts.Issued session = accounts.issueSession(teacher);
    cookies.set(ctx, COOKIE, session.token(), (int) Accounts.SESSION_LIFETIME.toSeconds());
    ctx.attribute(TEACHER, teacher);
  }

  public void signOut(Context ctx) {
    accounts.revoke(ctx.cookie(COOKIE));
    cookies.set(ctx, COOKIE, "", 0);
  }

  String sessionToken(Context ctx) {
    return ctx.cookie(COOKIE);
  }
}
