package org.quiztrainer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.quiztrainer.generate.GeneratedQuestion;
import org.quiztrainer.generate.QuestionGenerator;
import org.quiztrainer.nlp.Sentence;

/**
 * {@code evaluate SQUAD.json}: the generator measured on human-written questions. Answer coverage
 * of the best 2 questions per sentence (shared/dev-data/README.md), and of those same top
 * questions: the share that are fill-in-the-blank, the share whose prompt copies 80% or more of a
 * sentence word for word, the mean prompt length, the mix of types and the mix of question forms
 * (subject, object, in place, fill-in-the-blank …).
 */
public final class EvaluateCommand {
  /** What evaluation measured. */
  public record Result(
      int covered,
      int total,
      int top,
      int cloze,
      int copying,
      long promptWords,
      Map<String, Integer> types,
      Map<String, Integer> kinds) {
    public double coverage() {
      return total == 0 ? 0 : (double) covered / total;
    }

    public double clozeShare() {
      return top == 0 ? 0 : (double) cloze / top;
    }

    public double copyingShare() {
      return top == 0 ? 0 : (double) copying / top;
    }

    public double meanPromptWords() {
      return top == 0 ? 0 : (double) promptWords / top;
    }
  }

  private EvaluateCommand() {}

  public static int run(
      List<String> args, Supplier<QuestionGenerator> generator, PrintStream out, PrintStream err) {
    if (args.size() != 1) {
      err.println("usage: evaluate SQUAD.json");
      return 2;
    }
    List<Squad.Paragraph> paragraphs;
    try {
      paragraphs = Squad.read(Path.of(args.get(0)));
    } catch (IOException e) {
      err.println(args.get(0) + ": cannot be read as dev data (" + e.getMessage() + ")");
      return 2;
    }
    Result r = evaluate(paragraphs, generator.get(), out);
    print(r, out);
    return 0;
  }

  static void print(Result r, PrintStream out) {
    out.printf(
        Locale.ROOT, "answer coverage: %d/%d = %.3f%n", r.covered(), r.total(), r.coverage());
    out.printf(
        Locale.ROOT,
        "of the %d top questions (2 per sentence): fill-in-the-blank %.1f%%, copying 80%%+ of a"
            + " sentence %.1f%%, mean prompt %.1f words%n",
        r.top(),
        100 * r.clozeShare(),
        100 * r.copyingShare(),
        r.meanPromptWords());
    StringBuilder mix = new StringBuilder("type mix:");
    r.types()
        .forEach(
            (k, v) -> mix.append(String.format(Locale.ROOT, " %s %.0f%%", k, 100.0 * v / r.top())));
    out.println(mix);
    StringBuilder forms = new StringBuilder("question forms:");
    r.kinds()
        .forEach(
            (k, v) ->
                forms.append(String.format(Locale.ROOT, " %s %.0f%%", k, 100.0 * v / r.top())));
    out.println(forms);
  }

  static Result evaluate(
      List<Squad.Paragraph> paragraphs, QuestionGenerator generator, PrintStream log) {
    int covered = 0;
    int total = 0;
    int top = 0;
    int cloze = 0;
    int copying = 0;
    long promptWords = 0;
    Map<String, Integer> types = new TreeMap<>();
    Map<String, Integer> kinds = new TreeMap<>();
    for (Squad.Paragraph p : paragraphs) {
      QuestionGenerator.Analyzed analyzed =
          generator.analyze(p.context(), org.quiztrainer.nlp.Progress.NONE);
      List<GeneratedQuestion> generated = analyzed.map(generator::generate);
      int keep = Math.min(2 * analyzed.sentences(), generated.size());
      List<String> answers = new ArrayList<>();
      for (GeneratedQuestion q : generated.subList(0, keep)) {
        answers.add(q.answer());
        top++;
        cloze += q.kind().equals("cloze") ? 1 : 0;
        copying += copies(q, analyzed.analysis().sentences()) ? 1 : 0;
        promptWords += q.prompt().strip().split("\\s+").length;
        types.merge(q.type().wireName(), 1, Integer::sum);
        kinds.merge(q.kind(), 1, Integer::sum);
      }
      int here = 0;
      for (List<String> human : p.answers()) {
        if (AnswerCoverage.covered(human, answers)) {
          here++;
        }
      }
      covered += here;
      total += p.answers().size();
      if (log != null) {
        log.printf("%-40s %2d/%2d%n", p.title() + " #" + p.index(), here, p.answers().size());
      }
    }
    return new Result(covered, total, top, cloze, copying, promptWords, types, kinds);
  }

  /** True when the prompt repeats, word for word, 80% or more of the sentence it asks about. */
  static boolean copies(GeneratedQuestion q, List<Sentence> sentences) {
    for (Sentence s : sentences) {
      if (q.evidence().start() >= s.begin() && q.evidence().start() < s.end()) {
        List<String> a = AnswerCoverage.tokens(q.prompt());
        List<String> b = AnswerCoverage.tokens(s.text());
        return !b.isEmpty() && longestRun(a, b) >= 0.8 * b.size();
      }
    }
    return false;
  }

  /** The longest run of words two texts share, in the same order. */
  static int longestRun(List<String> a, List<String> b) {
    int best = 0;
    int[] previous = new int[b.size() + 1];
    for (int i = 1; i <= a.size(); i++) {
      int[] row = new int[b.size() + 1];
      for (int j = 1; j <= b.size(); j++) {
        if (a.get(i - 1).equals(b.get(j - 1))) {
          row[j] = previous[j - 1] + 1;
          best = Math.max(best, row[j]);
        }
      }
      previous = row;
    }
    return best;
  }
}
