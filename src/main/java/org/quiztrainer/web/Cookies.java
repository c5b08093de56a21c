package org.quiztrainer.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/**
 * Every cookie the app sets is HttpOnly and SameSite=Lax, so scripts and other sites can't use it,
 * and Secure when the app is served over HTTPS.
 */
public final class Cookies {
  private final boolean secure;

  /**
   * @param secure also mark cookies Secure, so browsers send them over HTTPS only; set when the app
   *     is served over HTTPS (QUIZ_SECURE_COOKIES)
   */
  public Cookies(boolean secure) {
    this.secure = secure;
  }

  public void set(Context ctx, String name, String value, int maxAgeSeconds) {
    Cookie cookie = new Cookie(name, value);
    cookie.setPath("/");
    cookie.setMaxAge(maxAgeSeconds);
    cookie.setHttpOnly(true);
    cookie.setSameSite(SameSite.LAX);
    cookie.setSecure(secure);
    ctx.cookie(cookie);
  }
}
