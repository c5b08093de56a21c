package org.quiztrainer.study;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an article into sentences a learner can pick as evidence, with their offsets in the text. A
 * sentence ends at a line break, or at ". ", "? " or "! " (a closing quote may come first) before a
 * capital letter, a digit or an opening quote. "U.S. officials" and "Mr. Kim" stay whole: a full
 * stop after a single letter or a title does not end a sentence.
 */
public final class Sentences {
  /** A sentence's span in the text, end exclusive, without surrounding spaces. */
  public record Span(int start, int end) {}

  private static final List<String> TITLES =
      List.of("mr", "mrs", "ms", "dr", "gen", "lt", "col", "st", "sen", "rep", "prof", "no", "vs");

  private Sentences() {}

  public static List<Span> of(String text) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        add(text, start, i, out);
        start = i + 1;
      } else if ((c == '.' || c == '?' || c == '!') && endsHere(text, i)) {
        int end = i + 1;
        while (end < text.length() && isClosingQuote(text.charAt(end))) {
          end++;
        }
        add(text, start, end, out);
        start = end;
        i = end - 1;
      }
    }
    add(text, start, text.length(), out);
    return out;
  }

  private static boolean endsHere(String text, int dot) {
    int next = dot + 1;
    while (next < text.length() && isClosingQuote(text.charAt(next))) {
      next++;
    }
    if (next >= text.length() || text.charAt(next) != ' ') {
      return false;
    }
    while (next < text.length() && text.charAt(next) == ' ') {
      next++;
    }
    if (next >= text.length()) {
      return false;
    }
    char after = text.charAt(next);
    boolean starts =
        Character.isUpperCase(after) || Character.isDigit(after) || "\"“‘'".indexOf(after) >= 0;
    return starts && !(text.charAt(dot) == '.' && afterTitle(text, dot));
  }

  /** "Mr." or a single capital ("U.S.", "Kim J. Un") before the full stop. */
  private static boolean afterTitle(String text, int dot) {
    int from = dot;
    while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
      from--;
    }
    String word = text.substring(from, dot).toLowerCase(java.util.Locale.ROOT);
    return word.length() == 1 || TITLES.contains(word);
  }

  private static boolean isClosingQuote(char c) {
    return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')';
  }

  private static void add(String text, int from, int to, List<Span> out) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    if (to > from) {
      out.add(new Span(from, to));
    }
  }
}
