package org.quiztrainer.bank;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The {@code *.quiz.yaml} files of the questions folder, read and validated. */
public final class QuestionBank {
  static final String SUFFIX = ".quiz.yaml";

  /** The valid quizzes of a folder, and one message for each file that could not be used. */
  public record Contents(List<BankQuiz> quizzes, List<String> errors) {}

  private final BankFileParser parser;

  public QuestionBank(BankFileParser parser) {
    this.parser = parser;
  }

  public Contents read(Path dir) {
    List<BankQuiz> quizzes = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      errors.add("questions folder " + dir + " does not exist");
      return new Contents(quizzes, errors);
    }
    for (Path file : files(dir)) {
      try {
        BankQuiz quiz = parser.parse(file);
        if (quizzes.stream().anyMatch(q -> q.id().equals(quiz.id()))) {
          throw new BankException(
              quiz.file() + ": another file already has the quiz id '" + quiz.id() + "'");
        }
        quizzes.add(quiz);
      } catch (BankException e) {
        errors.add(e.getMessage());
      }
    }
    return new Contents(quizzes, errors);
  }

  private static List<Path> files(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }
}
