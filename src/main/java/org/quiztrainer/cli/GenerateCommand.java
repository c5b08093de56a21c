package org.quiztrainer.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.quiztrainer.generate.GeneratedQuestion;
import org.quiztrainer.generate.QuestionGenerator;
import org.quiztrainer.quiz.Evidence;

/**
 * {@code generate FILE [--format json|gift]} and {@code generate --out DIR FILE...}: API.md section
 * 2. The language models load once, however many files there are, and only when a file is usable.
 */
public final class GenerateCommand {
  record Json(
      String type,
      String prompt,
      List<String> choices,
      String answer,
      List<String> acceptedAnswers,
      Evidence evidence,
      String skill,
      List<String> why) {}

  private static final String USAGE =
      "usage: generate FILE [--format json|gift]  or  generate --out DIR FILE...";

  private GenerateCommand() {}

  /** Runs the command; returns the exit status (0 on success, 2 for a bad file or usage). */
  public static int run(
      List<String> args, Supplier<QuestionGenerator> generator, PrintStream out, PrintStream err) {
    String format = "json";
    Path outDir = null;
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--format") && i + 1 < args.size()) {
        format = args.get(++i);
      } else if (a.startsWith("--format=")) {
        format = a.substring("--format=".length());
      } else if (a.equals("--out") && i + 1 < args.size()) {
        outDir = Path.of(args.get(++i));
      } else if (!a.startsWith("--")) {
        files.add(Path.of(a));
      } else {
        err.println(USAGE);
        return 2;
      }
    }
    boolean batch = outDir != null;
    if (files.isEmpty()
        || !(format.equals("json") || format.equals("gift"))
        || !batch && files.size() != 1) {
      err.println(USAGE);
      return 2;
    }
    return batch
        ? many(files, outDir, format, generator, err)
        : one(files.get(0), format, generator, out, err);
  }

  private static int one(
      Path file,
      String format,
      Supplier<QuestionGenerator> generator,
      PrintStream out,
      PrintStream err) {
    String text;
    try {
      text = ArticleFile.read(file);
    } catch (ArticleFile.Unusable e) {
      err.println(e.getMessage());
      return 2;
    }
    out.print(render(generator.get().generate(text), format));
    out.flush();
    return 0;
  }

  /** Writes DIR/NAME.json for each file; reports each file that failed, after the others. */
  private static int many(
      List<Path> files,
      Path outDir,
      String format,
      Supplier<QuestionGenerator> generator,
      PrintStream err) {
    try {
      Files.createDirectories(outDir);
    } catch (IOException e) {
      err.println(outDir + ": cannot create the output folder (" + e.getMessage() + ")");
      return 2;
    }
    List<String> failures = new ArrayList<>();
    QuestionGenerator loaded = null;
    for (Path file : files) {
      try {
        String text = ArticleFile.read(file);
        loaded = loaded == null ? generator.get() : loaded;
        String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        Path target = outDir.resolve(name + (format.equals("gift") ? ".gift" : ".json"));
        Files.writeString(target, render(loaded.generate(text), format));
      } catch (ArticleFile.Unusable e) {
        failures.add(e.getMessage());
      } catch (IOException | RuntimeException e) {
        failures.add(file + ": could not be written (" + e.getMessage() + ")");
      }
    }
    failures.forEach(err::println);
    return failures.isEmpty() ? 0 : 2;
  }

  static String render(List<GeneratedQuestion> questions, String format) {
    return format.equals("gift") ? Gift.write(questions) : json(questions);
  }

  private static String json(List<GeneratedQuestion> questions) {
    ObjectMapper mapper =
        new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setDefaultPropertyInclusion(
                JsonInclude.Value.construct(
                    JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY));
    List<Json> rows =
        questions.stream()
            .map(
                q ->
                    new Json(
                        q.type().wireName(),
                        q.prompt(),
                        q.type().hasChoices() ? q.choices() : null,
                        q.answer(),
                        q.acceptedAnswers(),
                        q.evidence(),
                        q.skill().wireName(),
                        q.reasons()))
            .toList();
    try {
      return mapper.writeValueAsString(rows) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
