package org.quiztrainer.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.quiztrainer.Problem;

/**
 * Double-submit CSRF protection for HTML forms: a random value in an HttpOnly cookie must come back
 * in the form's hidden {@code _csrf} field. Another site can make the browser send the cookie but
 * cannot read it to fill in the field. The JSON API is exempt: it is authorised by tokens in
 * headers, which a cross-site form cannot set.
 */
public final class Csrf {
  public static final String FIELD = "_csrf";
  static final String COOKIE = "qt_csrf";
  private final SecureRandom random = new SecureRandom();
  private final Cookies cookies;

  public Csrf(Cookies cookies) {
    this.cookies = cookies;
  }

  /** The token for forms on this page, creating the cookie on a first visit. */
  public String token(Context ctx) {
    String existing = ctx.cookie(COOKIE);
    if (existing != null && existing.length() == 43) {
      return existing;
    }
    String fresh = ctx.attribute(COOKIE);
    if (fresh == null) {
      byte[] bytes = new byte[32];
      random.nextBytes(bytes);
      fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      ctx.attribute(COOKIE, fresh);
      cookies.set(ctx, COOKIE, fresh, 60 * 60 * 24 * 365);
    }
    return fresh;
  }

  /** Before-handler: refuses a form POST whose field does not match the cookie. */
  public void check(Context ctx) {
    if (!ctx.method().name().equals("POST") || ctx.path().startsWith("/api/")) {
      return;
    }
    String cookie = ctx.cookie(COOKIE);
    String field = ctx.formParam(FIELD);
    if (cookie == null
        || field == null
        || !MessageDigest.isEqual(
            cookie.getBytes(StandardCharsets.UTF_8), field.getBytes(StandardCharsets.UTF_8))) {
      throw Problem.forbidden(
          "this form has expired or came from another site; go back, reload the page and try again");
    }
  }
}
