package org.quiztrainer.generate;

import java.util.ArrayList;
import java.util.List;
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

  private static final Pattern CLAUSE_BREAK =
      Pattern.compile(
          "; | — | – |, (?=(and|but|while|which|where|including|as|after|saying|causing)\\b)");
  private static final int LONG = 30;
  private static final int ENOUGH = 12;

  /**
   * A long sentence cut down to the clause that holds the blank, with neighbouring clauses added
   * back until it reads as a question of its own; short sentences are kept whole.
   */
  static String clauseAroundBlank(String sentence) {
    if (sentence.split("\\s+").length <= LONG) {
      return sentence;
    }
    // Split at clause breaks, remembering where each clause starts and ends.
    List<int[]> parts = new ArrayList<>();
    java.util.regex.Matcher m = CLAUSE_BREAK.matcher(sentence);
    int last = 0;
    while (m.find()) {
      parts.add(new int[] {last, m.start()});
      last = m.end();
    }
    parts.add(new int[] {last, sentence.length()});
    int at = 0;
    while (at < parts.size()
        && !sentence.substring(parts.get(at)[0], parts.get(at)[1]).contains(BLANK)) {
      at++;
    }
    if (at == parts.size() || parts.size() == 1) {
      return sentence;
    }
    int from = at;
    int to = at + 1;
    while (words(sentence.substring(parts.get(from)[0], parts.get(to - 1)[1])) < ENOUGH
        && (from > 0 || to < parts.size())) {
      if (from > 0) {
        from--;
      } else {
        to++;
      }
    }
    String clause =
        sentence
            .substring(parts.get(from)[0], parts.get(to - 1)[1])
            .strip()
            .replaceAll("[,;:]+$", "");
    return (from > 0 ? "… " : "") + clause + (to < parts.size() ? " …" : "");
  }

  private static int words(String text) {
    return text.strip().split("\\s+").length;
  }

  static String withoutTrailing(String text) {
    return TRAILING.matcher(text).replaceAll("");
  }

  /**
   * True if the sentence uses "he", "it" or "they" before naming anything they could refer to, so a
   * question built from it would leave the reader guessing.
   */
  static boolean hasUnresolvedPronoun(Sentence s) {
    for (Token t : s.tokens()) {
      if (t.is("NOUN", "PROPN") || t.text().equals(BLANK)) {
        return false;
      }
      if (PRONOUN.matcher(t.text()).matches()) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern LEADING_HE =
      Pattern.compile("^((?:Fill in the blank|True or false): )(He|She) ");

  /** "Fill in the blank: He squished ..." names the person the article last mentioned. */
  static String resolveLeadingPronoun(String prompt, String person) {
    if (person == null) {
      return prompt;
    }
    return LEADING_HE
        .matcher(prompt)
        .replaceFirst("$1" + java.util.regex.Matcher.quoteReplacement(person) + " ");
  }

  static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
