package org.quiztrainer;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.quiztrainer.cli.BackupCommand;
import org.quiztrainer.cli.CompanionsCommand;
import org.quiztrainer.cli.EvaluateCommand;
import org.quiztrainer.cli.GenerateCommand;
import org.quiztrainer.cli.TrainRankerCommand;
import org.quiztrainer.generate.QuestionGenerator;
import org.quiztrainer.nlp.Pipeline;

/**
 * Starts the web server (no arguments), or runs a command: {@code generate} (API.md section 2),
 * {@code evaluate}, {@code train-ranker}, {@code companions}, {@code backup} or {@code restore}.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    List<String> rest = args.length == 0 ? List.of() : List.of(args).subList(1, args.length);
    // The language models load only if the command gets as far as needing them.
    Supplier<QuestionGenerator> generator =
        () -> new QuestionGenerator(Pipeline.english(Clock.systemUTC()));
    if (args.length > 0 && args[0].equals("generate")) {
      System.exit(GenerateCommand.run(rest, generator, System.out, System.err));
    }
    if (args.length > 0 && args[0].equals("evaluate")) {
      System.exit(EvaluateCommand.run(rest, generator, System.out, System.err));
    }
    if (args.length > 0 && args[0].equals("train-ranker")) {
      System.exit(TrainRankerCommand.run(rest, generator, System.out, System.err));
    }
    if (args.length > 0 && args[0].equals("companions")) {
      System.exit(CompanionsCommand.run(rest, generator, System.out, System.err));
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
              + " (use generate FILE, generate --out DIR FILE..., evaluate SQUAD.json,"
              + " train-ranker SQUAD.json OUT, companions DIR, backup FILE, restore FILE, or no"
              + " arguments to start the server)");
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
