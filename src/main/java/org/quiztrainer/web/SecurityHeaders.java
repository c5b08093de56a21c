package org.quiztrainer.web;

import io.javalin.http.Context;

/** Headers that keep pages from being framed, sniffed or mixed with scripts from elsewhere. */
public final class SecurityHeaders {
  private static final String CSP =
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
          + " frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

  private SecurityHeaders() {}

  public static void apply(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("X-Frame-Options", "DENY");
    if (!ctx.path().startsWith("/api/docs") && !ctx.path().startsWith("/webjars/swagger-ui")) {
      ctx.header("Content-Security-Policy", CSP);
    }
  }
}
