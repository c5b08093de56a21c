package org.quiztrainer.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.quiztrainer.generate.GeneratedQuestion;
import org.quiztrainer.generate.LanguageModels;
import org.quiztrainer.generate.QuestionGenerator;
import org.quiztrainer.quiz.Evidence;

/** {@code generate FILE [--format json|gift]}: API.md section 2. */
public final class GenerateCommand {
  record Json(
      String type,
      String prompt,
      List<String> choices,
      String answer,
      List<String> acceptedAnswers,
      Evidence evidence,
      String skill) {}

  private GenerateCommand() {}

  /** Runs the command; returns the exit status (0 on success, 2 for a bad file or usage). */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    String format = "json";
    Path file = null;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--format") && i + 1 < args.size()) {
        format = args.get(++i);
      } else if (a.startsWith("--format=")) {
        format = a.substring("--format=".length());
      } else if (file == null && !a.startsWith("--")) {
        file = Path.of(a);
      } else {
        err.println("usage: generate FILE [--format json|gift]");
        return 2;
      }
    }
    if (file == null || !(format.equals("json") || format.equals("gift"))) {
      err.println("usage: generate FILE [--format json|gift]");
      return 2;
    }
    String text;
    try {
      text = ArticleFile.read(file);
    } catch (ArticleFile.Unusable e) {
      err.println(e.getMessage());
      return 2;
    }
    List<GeneratedQuestion> questions = new QuestionGenerator(LanguageModels.load()).generate(text);
    out.print(format.equals("gift") ? Gift.write(questions) : json(questions));
    out.flush();
    return 0;
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
                        q.skill().wireName()))
            .toList();
    try {
      return mapper.writeValueAsString(rows) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
