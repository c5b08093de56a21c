package org.quiztrainer.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/**
 * Every cookie the app sets is HttpOnly and SameSite=Lax, so scripts and other sites can't use it.
 */
public final class Cookies {
  private Cookies() {}

  public static void set(Context ctx, String name, String value, int maxAgeSeconds) {
    Cookie cookie = new Cookie(name, value);
    cookie.setPath("/");
    cookie.setMaxAge(maxAgeSeconds);
    cookie.setHttpOnly(true);
    cookie.setSameSite(SameSite.LAX);
    ctx.cookie(cookie);
  }
}
