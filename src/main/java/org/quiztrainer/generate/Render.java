package org.quiztrainer.generate;

import edu.stanford.nlp.trees.Tree;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.quiztrainer.nlp.Sentence;
import org.quiztrainer.nlp.Token;

/**
 * Writes leaves back out as text. Neighbours that were neighbours in the article keep the article's
 * own spacing ("Kwang-chol", "Russia’s"); elsewhere, the usual rules for punctuation.
 */
final class Render {
  private static final Set<String> NO_SPACE_BEFORE =
      Set.of(",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "”", "’", "'s", "’s", "n't", "'");
  private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "$", "“", "‘", "#");

  private Render() {}

  static String of(Tree t, Sentence s) {
    return leaves(t.getLeaves(), s, Map.of());
  }

  static String leaves(List<Tree> leaves, Sentence s) {
    return leaves(leaves, s, Map.of());
  }

  /** As {@link #leaves(List, Sentence)}, writing {@code names} in place of the leaves they map. */
  static String leaves(List<Tree> leaves, Sentence s, Map<Tree, String> names) {
    StringBuilder out = new StringBuilder();
    Tree previous = null;
    String previousWord = "";
    boolean openStraightQuote = false;
    for (Tree leaf : leaves) {
      String word = names.containsKey(leaf) ? names.get(leaf) : word(leaf, s);
      if (word.isEmpty()) {
        continue;
      }
      if (previous != null && space(previous, previousWord, leaf, word, s, openStraightQuote)) {
        out.append(' ');
      }
      if (word.equals("\"")) {
        openStraightQuote = !openStraightQuote;
      }
      out.append(word);
      previous = leaf;
      previousWord = word;
    }
    return SPACED_HYPHEN.matcher(out).replaceAll("$1-$2");
  }

  /**
   * "six - member", "10 - year": a compound the article wrote with spaces round its hyphen, which a
   * question should not copy. Other spaced hyphens are dashes between clauses and stay.
   */
  private static final Pattern SPACED_HYPHEN =
      Pattern.compile(
          "\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty"
              + "|forty|fifty|hundred) - (\\p{Ll})",
          Pattern.CASE_INSENSITIVE);

  static String word(Tree leaf, Sentence s) {
    return Trees.isOriginal(leaf) ? s.tokenOf(leaf).text() : leaf.value();
  }

  /** {@code before} is the previous leaf as written out, which may be a name put in its place. */
  private static boolean space(
      Tree previous, String before, Tree leaf, String word, Sentence s, boolean openStraightQuote) {
    if (Trees.isOriginal(previous) && Trees.isOriginal(leaf)) {
      Token a = s.tokenOf(previous);
      Token b = s.tokenOf(leaf);
      if (b.index() == a.index() + 1) {
        return a.end() < b.begin();
      }
    }
    if (word.equals("\"")) {
      return !openStraightQuote;
    }
    if (before.equals("\"")) {
      return !openStraightQuote;
    }
    if (NO_SPACE_BEFORE.contains(word) || word.startsWith("'") || word.startsWith("’")) {
      return false;
    }
    return !NO_SPACE_AFTER.contains(before);
  }

  /** The text with its first letter upper case. */
  static String capitalized(String text) {
    if (text.isEmpty()) {
      return text;
    }
    int first = text.codePointAt(0);
    return new StringBuilder()
        .appendCodePoint(Character.toUpperCase(first))
        .append(text.substring(Character.charCount(first)))
        .toString();
  }
}
