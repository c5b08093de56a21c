package org.quiztrainer.exchange;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The file formats a quiz can be exported to and imported from. */
public enum Format {
  GIFT("gift", "text/plain; charset=utf-8", ".gift.txt"),
  MOODLE_XML("moodle-xml", "application/xml; charset=utf-8", ".moodle.xml"),
  JSON("json", "application/json; charset=utf-8", ".quiz.json");

  private final String wireName;
  private final String contentType;
  private final String extension;

  Format(String wireName, String contentType, String extension) {
    this.wireName = wireName;
    this.contentType = contentType;
    this.extension = extension;
  }

  public String wireName() {
    return wireName;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }

  public static Optional<Format> fromWireName(String name) {
    return Arrays.stream(values())
        .filter(f -> name != null && f.wireName.equals(name.trim().toLowerCase(Locale.ROOT)))
        .findFirst();
  }

  /** A guess from a file name, for uploads whose format the teacher left to us. */
  public static Optional<Format> fromFileName(String fileName) {
    String n = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".xml")) {
      return Optional.of(MOODLE_XML);
    }
    if (n.endsWith(".json")) {
      return Optional.of(JSON);
    }
    if (n.endsWith(".gift") || n.endsWith(".txt")) {
      return Optional.of(GIFT);
    }
    return Optional.empty();
  }

  public String write(QuizFile quiz) {
    return switch (this) {
      case GIFT -> GiftWriter.write(quiz);
      case MOODLE_XML -> MoodleXmlWriter.write(quiz);
      case JSON -> JsonQuizFile.write(quiz);
    };
  }

  /** Reads a whole file; a problem anywhere means nothing is returned. */
  public QuizFile read(String text) {
    return switch (this) {
      case GIFT -> GiftReader.read(text);
      case MOODLE_XML -> MoodleXmlReader.read(text);
      case JSON -> JsonQuizFile.read(text);
    };
  }
}
