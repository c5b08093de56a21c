package org.quiztrainer.authoring;

import java.nio.charset.StandardCharsets;
import org.quiztrainer.Problem;
import org.quiztrainer.quiz.PlainText;

/** A new article as a teacher gave it, checked: its title, where it came from, and its text. */
record ArticleInput(String title, String source, String body) {
  /** A pasted or uploaded article may be this many bytes of UTF-8. */
  static final int MAX_ARTICLE_BYTES = 200 * 1024;

  static ArticleInput of(String rawTitle, String text, String rawSource) {
    String body = articleText(text);
    String source = rawSource == null || rawSource.isBlank() ? null : clip(rawSource.strip(), 300);
    return new ArticleInput(title(rawTitle, body), source, body);
  }

  private static String articleText(String text) {
    if (text == null || text.isBlank()) {
      throw Problem.invalid("the article is empty: paste its text or choose a .txt file");
    }
    // Kept exactly as given (but for a BOM): evidence offsets index into this text.
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (body.getBytes(StandardCharsets.UTF_8).length > MAX_ARTICLE_BYTES) {
      throw Problem.tooLarge("the article is over 200 KB; split it into shorter articles");
    }
    if (!PlainText.isText(body)) {
      throw Problem.invalid("the article is not plain text");
    }
    return body;
  }

  /** The given title, or the article's first line, which in news is the headline. */
  private static String title(String rawTitle, String body) {
    String title = rawTitle == null ? "" : rawTitle.strip();
    if (title.isEmpty()) {
      title = body.strip().lines().findFirst().orElse("Untitled article").strip();
    }
    return clip(title, 300);
  }

  static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1).strip() + "…";
  }
}
