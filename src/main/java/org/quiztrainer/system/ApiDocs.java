package org.quiztrainer.system;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Serves the hand-written OpenAPI description and a Swagger UI page that reads it. */
public final class ApiDocs {
  private final String spec;

  public ApiDocs() {
    try (InputStream in = ApiDocs.class.getResourceAsStream("/openapi.yaml")) {
      if (in == null) {
        throw new IllegalStateException("openapi.yaml is missing from the classpath");
      }
      this.spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void spec(Context ctx) {
    ctx.contentType("application/yaml; charset=utf-8").result(spec);
  }

  public void ui(Context ctx) {
    ctx.redirect("/static/api-docs.html");
  }
}
