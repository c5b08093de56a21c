package org.quiztrainer.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import org.quiztrainer.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become responses: JSON {@code {"error": ...}} under /api, a friendly
 * page elsewhere. Stack traces go to the log, never to the client.
 */
public final class Errors {
  private static final Logger log = LoggerFactory.getLogger(Errors.class);

  private Errors() {}

  public static void register(RoutesConfig routes) {
    routes.exception(SeeOther.class, (e, ctx) -> Pages.seeOther(ctx, e.location()));
    routes.exception(Problem.class, (e, ctx) -> respond(ctx, status(e.kind()), e.getMessage()));
    routes.exception(
        HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(), message(e)));
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          log.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
          respond(ctx, 500, "something went wrong on our side; please try again");
        });
    routes.error(
        404,
        ctx -> {
          if (ctx.result() == null || ctx.result().isEmpty()) {
            respond(ctx, 404, "there is nothing at " + ctx.path());
          }
        });
    routes.error(405, ctx -> respond(ctx, 405, "this method is not allowed here"));
  }

  static int status(Problem.Kind kind) {
    return switch (kind) {
      case INVALID -> 400;
      case FORBIDDEN -> 403;
      case NOT_FOUND -> 404;
      case CONFLICT -> 409;
      case TOO_LARGE -> 413;
      case UNAUTHORIZED -> 401;
      case TOO_MANY -> 429;
    };
  }

  private static String message(HttpResponseException e) {
    return switch (e.getStatus()) {
      case 413 -> "the request body is too large";
      case 404 -> "not found";
      default ->
          e.getMessage() == null || e.getMessage().isBlank() ? "bad request" : e.getMessage();
    };
  }

  public static void respond(Context ctx, int status, String message) {
    ctx.status(status);
    if (ctx.path().startsWith("/api/")
        || ctx.path().equals("/health")
        || ctx.path().equals("/metrics")) {
      ctx.json(Map.of("error", message));
    } else {
      ctx.render("error/error.jte", Map.of("page", new ErrorPage(status, title(status), message)));
    }
  }

  private static String title(int status) {
    return switch (status) {
      case 400 -> "That didn't work";
      case 401 -> "Please sign in";
      case 403 -> "Not yours";
      case 404 -> "Not found";
      case 409 -> "Not now";
      case 413 -> "Too large";
      case 429 -> "Please wait";
      default -> status >= 500 ? "Something went wrong" : "That didn't work";
    };
  }
}
