package org.quiztrainer;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;

/** Starts the web server (no arguments). Later issues add sub-commands such as {@code generate}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (args.length > 0) {
      System.err.println(
          "unknown command: " + args[0] + " (run without arguments to start the server)");
      System.exit(2);
    }
    Config config;
    Javalin app;
    try {
      config = Config.fromEnvironment(System.getenv(), runningFromSources());
      app = App.create(config);
    } catch (RuntimeException e) {
      System.err.println("Quiz Trainer could not start: " + StartupProblem.explain(e));
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "shutdown"));
    app.start();
    System.out.println("Quiz Trainer is running at http://localhost:" + app.port() + "/");
  }

  /** Templates hot-reload only in a source checkout, never from the jar. */
  private static boolean runningFromSources() {
    String location = Main.class.getProtectionDomain().getCodeSource().getLocation().getPath();
    return !location.endsWith(".jar") && Files.isDirectory(Path.of("src", "main", "jte"));
  }
}
