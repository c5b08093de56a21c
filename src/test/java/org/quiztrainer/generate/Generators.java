package org.quiztrainer.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One generator for all tests: the models are immutable, so sharing them is safe and quick. */
final class Generators {
  static final QuestionGenerator GENERATOR = new QuestionGenerator(LanguageModels.load());
  static final Path SEED = Path.of("questions/belousov-pyongyang.txt");
  static final Path DEV = Path.of("src/test/resources/dev-data");

  private Generators() {}

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<GeneratedQuestion> seed() {
    return GENERATOR.generate(read(SEED));
  }

  /** The dev articles (a copy of shared/dev-data/articles). */
  static List<Path> devArticles() {
    try (var files = Files.list(DEV.resolve("articles"))) {
      return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
