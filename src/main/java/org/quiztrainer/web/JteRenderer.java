package org.quiztrainer.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.resolve.DirectoryCodeResolver;
import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import java.nio.file.Path;
import java.util.Map;

/**
 * Renders jte templates for Javalin. The jar uses the classes that jte-maven-plugin precompiled; a
 * source checkout can compile templates from {@code src/main/jte} on the fly so edits show on
 * reload.
 */
public final class JteRenderer implements FileRenderer {
  private final TemplateEngine engine;

  private JteRenderer(TemplateEngine engine) {
    this.engine = engine;
  }

  public static JteRenderer precompiled() {
    return new JteRenderer(TemplateEngine.createPrecompiled(ContentType.Html));
  }

  public static JteRenderer hotReloading(Path templateDir) {
    return new JteRenderer(
        TemplateEngine.create(
            new DirectoryCodeResolver(templateDir),
            Path.of("target", "jte-classes"),
            ContentType.Html,
            JteRenderer.class.getClassLoader()));
  }

  @Override
  @SuppressWarnings("unchecked")
  public String render(String filePath, Map<String, ?> model, Context ctx) {
    StringOutput output = new StringOutput();
    engine.render(filePath, (Map<String, Object>) model, output);
    return output.toString();
  }
}
