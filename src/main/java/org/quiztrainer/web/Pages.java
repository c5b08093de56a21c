package org.quiztrainer.web;

import io.javalin.http.Context;
import java.util.Map;

/** Renders a template with its one typed page model, which every template names {@code page}. */
public final class Pages {
  private Pages() {}

  public static void render(Context ctx, String template, Object page) {
    ctx.contentType("text/html; charset=utf-8");
    ctx.render(template, Map.of("page", page));
  }

  /** Post/redirect/get: a 303 so that reloading the next page never re-submits a form. */
  public static void seeOther(Context ctx, String location) {
    ctx.status(303).header("Location", location);
  }

  /** A problem's message as a sentence on a form: capitalised, with a full stop. */
  public static String sentence(String message) {
    return message.isEmpty()
        ? message
        : Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".";
  }
}
