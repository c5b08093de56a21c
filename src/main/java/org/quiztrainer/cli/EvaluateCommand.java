package org.quiztrainer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.quiztrainer.generate.GeneratedQuestion;
import org.quiztrainer.generate.LanguageModels;
import org.quiztrainer.generate.QuestionGenerator;

/**
 * {@code evaluate SQUAD.json}: the generator's answer coverage on human-written questions, the
 * measure defined in shared/dev-data/README.md. Prints one line per article and the total.
 */
public final class EvaluateCommand {
  /** Covered and total human questions. */
  public record Result(int covered, int total) {
    public double coverage() {
      return total == 0 ? 0 : (double) covered / total;
    }
  }

  private EvaluateCommand() {}

  public static int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.size() != 1) {
      err.println("usage: evaluate SQUAD.json");
      return 2;
    }
    try {
      Result r = evaluate(Path.of(args.get(0)), new QuestionGenerator(LanguageModels.load()), out);
      out.printf("answer coverage: %d/%d = %.3f%n", r.covered(), r.total(), r.coverage());
      return 0;
    } catch (IOException e) {
      err.println(args.get(0) + ": cannot be read as dev data (" + e.getMessage() + ")");
      return 2;
    }
  }

  public static Result evaluate(Path file, QuestionGenerator generator, PrintStream log)
      throws IOException {
    JsonNode paragraphs = new ObjectMapper().readTree(file.toFile());
    int covered = 0;
    int total = 0;
    for (JsonNode p : paragraphs) {
      String context = p.get("context").asText();
      List<GeneratedQuestion> generated = generator.generate(context);
      int keep = 2 * generator.sentenceCount(context);
      List<String> answers = new ArrayList<>();
      for (GeneratedQuestion q : generated.subList(0, Math.min(keep, generated.size()))) {
        answers.add(q.answer());
      }
      int here = 0;
      for (JsonNode qa : p.get("qas")) {
        List<String> human = new ArrayList<>();
        qa.get("answers").forEach(a -> human.add(a.asText()));
        if (AnswerCoverage.covered(human, answers)) {
          here++;
        }
      }
      covered += here;
      total += p.get("qas").size();
      if (log != null) {
        log.printf(
            "%-40s %2d/%2d%n",
            p.get("title").asText() + " #" + p.get("paragraph_index").asInt(),
            here,
            p.get("qas").size());
      }
    }
    return new Result(covered, total);
  }
}
