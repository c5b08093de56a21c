package org.quiztrainer.generate;

import java.util.List;

/** One sentence of the article: its text, offsets, tokens and where it stands in the article. */
record Sentence(String text, int start, int end, List<Token> tokens, int paragraph, int index) {

  Sentence {
    tokens = List.copyOf(tokens);
  }

  /** The text of tokens {@code [from, to)} exactly as written in the article. */
  String span(int from, int to) {
    if (from >= to) {
      return "";
    }
    return text.substring(tokens.get(from).start() - start, tokens.get(to - 1).end() - start);
  }

  int charStart(int token) {
    return tokens.get(token).start() - start;
  }

  int charEnd(int token) {
    return tokens.get(token).end() - start;
  }
}
