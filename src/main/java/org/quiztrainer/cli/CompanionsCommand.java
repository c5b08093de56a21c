package org.quiztrainer.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.quiztrainer.bank.BankFileParser;
import org.quiztrainer.bank.BankQuiz;
import org.quiztrainer.bank.CompanionFile;
import org.quiztrainer.bank.QuestionBank;
import org.quiztrainer.drafts.Drafter;
import org.quiztrainer.generate.QuestionGenerator;
import org.quiztrainer.nlp.Progress;

/**
 * {@code companions DIR}: writes, beside each quiz file of the question bank, the generated
 * companion the current generator makes of its article ({@code NAME.generated.json}), so that the
 * app serves it without loading the language models. Run it after changing the generator.
 */
public final class CompanionsCommand {
  private CompanionsCommand() {}

  public static int run(
      List<String> args, Supplier<QuestionGenerator> generator, PrintStream out, PrintStream err) {
    if (args.size() != 1) {
      err.println("usage: companions QUESTIONS_DIR");
      return 2;
    }
    Path dir = Path.of(args.get(0));
    QuestionBank.Contents contents = new QuestionBank(new BankFileParser()).read(dir);
    contents.errors().forEach(err::println);
    QuestionGenerator g = contents.quizzes().isEmpty() ? null : generator.get();
    for (BankQuiz quiz : contents.quizzes()) {
      String body = quiz.article().body();
      List<Drafter.Drafted> drafts = Drafter.lesson(g, body, Progress.NONE);
      Path file = dir.resolve(CompanionFile.nameFor(quiz.file()));
      CompanionFile.write(file, Drafter.sha256(body), drafts);
      out.println("wrote " + file + " (" + drafts.size() + " questions)");
    }
    return contents.errors().isEmpty() ? 0 : 2;
  }
}
