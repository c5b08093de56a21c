package org.quiztrainer.grading;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reduces free text to the words that matter for grading: case, punctuation, curly quotes,
 * thousands separators and the articles a/an/the are dropped.
 */
public final class TextNormalizer {
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");
  private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}(\\D|$))");
  private static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u2018`\u00b4]");
  private static final Pattern NON_WORD =
      Pattern.compile("[^\\p{L}\\p{N}.]+|(?<!\\d)\\.|\\.(?!\\d)");

  private TextNormalizer() {}

  /** The normalized words of {@code text}, in order. */
  public static List<String> words(String text) {
    String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC);
    s = s.toLowerCase(Locale.ROOT);
    s = THOUSANDS.matcher(s).replaceAll("");
    s = APOSTROPHES.matcher(s).replaceAll("");
    s = NON_WORD.matcher(s).replaceAll(" ");
    List<String> words = new ArrayList<>();
    for (String w : s.trim().split("\\s+")) {
      if (!w.isEmpty() && !ARTICLES.contains(w)) {
        words.add(w);
      }
    }
    return words;
  }

  /** The normalized words joined by single spaces. */
  public static String normalize(String text) {
    return String.join(" ", words(text));
  }
}
