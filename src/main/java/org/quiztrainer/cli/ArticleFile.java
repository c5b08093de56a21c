package org.quiztrainer.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.quiztrainer.quiz.PlainText;

/** Reads an article file as API.md section 2 defines it: UTF-8 text, a leading BOM removed. */
final class ArticleFile {
  /** A file that is not a usable article; the message is one line for a person. */
  static final class Unusable extends Exception {
    Unusable(String message) {
      super(message, null, false, false);
    }
  }

  private ArticleFile() {}

  static String read(Path file) throws Unusable {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new Unusable(file + ": no such file");
    } catch (IOException e) {
      throw new Unusable(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    String text =
        PlainText.utf8(bytes).orElseThrow(() -> new Unusable(file + ": not a UTF-8 text file"));
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw new Unusable(file + ": the file is empty");
    }
    if (!PlainText.isText(text)) {
      throw new Unusable(file + ": not a plain-text file (it holds control characters)");
    }
    return text;
  }
}
