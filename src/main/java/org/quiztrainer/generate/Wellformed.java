package org.quiztrainer.generate;

import java.util.Locale;
import java.util.Set;

/**
 * The last check on every prompt and choice: what clause surgery can leave behind and a teacher
 * would have to rewrite. A question that ends on an auxiliary or a small word ("Which country
 * has?"), doubled or dangling punctuation ("hangar,,", "… -."), a quotation mark that never closes,
 * or a sentence that stops before its verb's object.
 */
final class Wellformed {
  /** Words a question or a statement never ends on. */
  private static final Set<String> NEVER_LAST =
      Set.of(
          "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "do", "does",
          "did", "the", "a", "an", "and", "or", "but", "of", "as", "that", "which", "who", "whom",
          "will", "would", "can", "could", "may", "might", "must", "should", "shall", "soon", "its",
          "their", "his", "her", "than", "if", "because", "so", "also", "very", "not");

  private static final java.util.regex.Pattern TREE_LABEL =
      java.util.regex.Pattern.compile(
          "\\((?:FRAG|NP|VP|PP|S|SBAR|PRN|ADJP|ADVP|QP|NML|WHNP|UCP|X|-LRB-|-RRB-)\\)");

  private Wellformed() {}

  /** True if {@code text} (a prompt or a statement) reads as whole. */
  static boolean reads(String text) {
    String t = text.strip();
    if (t.contains(",,")
        || t.matches("(?s).*[,;:]\\s*[?.!]$")
        || t.matches("(?s).*\\s[-–—]\\s*[?.!]?$")
        || t.contains(" ,")
        || t.contains("( )")
        || t.contains("()")) {
      return false;
    }
    if (t.matches("(?i).*\\bboth\\b.*") && !t.matches("(?i).*\\bboth\\b.*\\band\\b.*")) {
      return false; // "Who has drawn both praise?": the other half went missing
    }
    if (TREE_LABEL.matcher(t).find()) {
      return false; // a phrase of the parse that lost its words, written as its label
    }
    if (count(t, '“') != count(t, '”')
        || count(t, '"') % 2 != 0
        || count(t, '(') != count(t, ')')) {
      return false;
    }
    String[] words = t.replaceAll("[?.!\"”’')\\]]+$", "").split("\\s+");
    String last = words[words.length - 1];
    // "in May" ends on a name, not on the modal "may".
    boolean name = !last.isEmpty() && Character.isUpperCase(last.charAt(0)) && words.length > 1;
    return name || !NEVER_LAST.contains(last.toLowerCase(Locale.ROOT));
  }

  /** Prepositions a statement never ends on ("Cres Eastman is alarmed by"). */
  private static final Set<String> PREPOSITIONS =
      Set.of("by", "of", "to", "in", "on", "at", "for", "with", "from", "about", "into", "as");

  /** True if a statement does not stop before its preposition's object. */
  static boolean endsWhole(String statement) {
    String[] words =
        statement.strip().toLowerCase(Locale.ROOT).replaceAll("[.!?]+$", "").split("\\s+");
    return words.length > 0 && !PREPOSITIONS.contains(words[words.length - 1]);
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += s.charAt(i) == c ? 1 : 0;
    }
    return n;
  }
}
