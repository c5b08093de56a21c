package org.quiztrainer.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.trees.Tree;
import java.util.List;

/**
 * One sentence of an analysed article, with its tokens and its constituency parse. The parse's
 * leaves carry the token index ({@link #tokenOf(Tree)}), so a phrase of the tree maps back to exact
 * characters of the article. The tree is shared: copy it ({@code tree().deepCopy()}) before
 * changing it.
 */
public record Sentence(
    int index, int paragraph, int begin, int end, String text, List<Token> tokens, Tree tree) {

  public Sentence {
    tokens = List.copyOf(tokens);
  }

  /** The token a leaf of this sentence's tree (or of a copy of it) stands for. */
  public Token tokenOf(Tree leaf) {
    return tokens.get(((CoreLabel) leaf.label()).index() - 1);
  }

  /** Tokens {@code from} (inclusive) to {@code to} (exclusive) as the article writes them. */
  public String text(int from, int to) {
    if (from >= to) {
      return "";
    }
    return textBetween(tokens.get(from).begin(), tokens.get(to - 1).end());
  }

  private String textBetween(int from, int to) {
    return text.substring(from - begin, to - begin);
  }

  public int size() {
    return tokens.size();
  }
}
