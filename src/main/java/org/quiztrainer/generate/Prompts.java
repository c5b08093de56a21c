package org.quiztrainer.generate;

import java.util.regex.Pattern;

/** Small text helpers for building prompts from article sentences. */
final class Prompts {
  static final String BLANK = "_____";
  private static final Pattern TRAILING = Pattern.compile("[\\s.;:,!?”\"]+$");
  private static final Pattern PRONOUN =
      Pattern.compile("\\b(he|she|it|they|him|them)\\b", Pattern.CASE_INSENSITIVE);

  private Prompts() {}

  /** The sentence with tokens [from, to) replaced by a blank. */
  static String blank(Sentence s, int from, int to) {
    String text = s.text();
    return (text.substring(0, s.charStart(from)) + BLANK + text.substring(s.charEnd(to - 1)))
        .strip();
  }

  /** The text from token {@code from} to the end, without closing punctuation. */
  static String rest(Sentence s, int from) {
    if (from >= s.tokens().size()) {
      return "";
    }
    return withoutTrailing(s.text().substring(s.charStart(from)));
  }

  static String withoutTrailing(String text) {
    return TRAILING.matcher(text).replaceAll("");
  }

  static boolean hasUnresolvedPronoun(String prompt) {
    return PRONOUN.matcher(prompt).find();
  }

  static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
