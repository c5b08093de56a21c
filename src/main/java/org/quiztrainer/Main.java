package org.quiztrainer;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.quiztrainer.cli.BackupCommand;
import org.quiztrainer.cli.EvaluateCommand;
import org.quiztrainer.cli.GenerateCommand;

/**
 * Starts the web server (no arguments), or runs {@code generate FILE} (API.md section 2), {@code
 * backup FILE} or {@code restore FILE}.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("generate")) {
      System.exit(
          GenerateCommand.run(List.of(args).subList(1, args.length), System.out, System.err));
    }
    if (args.length > 0 && args[0].equals("evaluate")) {
      System.exit(
          EvaluateCommand.run(List.of(args).subList(1, args.length), System.out, System.err));
    }
    if (args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"))) {
      System.exit(
          BackupCommand.run(
              args[0],
              List.of(args).subList(1, args.length),
              System.getenv(),
              System.out,
              System.err));
    }
    if (args.length > 0) {
      System.err.println(
          "unknown command: "
              + args[0]
              + " (use generate FILE, backup FILE, restore FILE, or no arguments to start the"
              + " server)");
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
