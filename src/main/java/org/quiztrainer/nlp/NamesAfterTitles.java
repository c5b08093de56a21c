package org.quiztrainer.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Names the entity model missed because they look like other words ("Defence Minister No
 * Kwang-chol"): two or more proper nouns right after a title are a person's name. The tokens are
 * re-tagged PERSON in place.
 */
final class NamesAfterTitles {
  private NamesAfterTitles() {}

  static List<Entity> find(int sentence, List<Token> tokens, List<Entity> known) {
    List<Entity> out = new ArrayList<>();
    for (Entity title : known) {
      if (!title.type().equals("TITLE")) {
        continue;
      }
      int from = title.end();
      int to = from;
      while (to < tokens.size() && untyped(tokens.get(to)) && isNamePart(tokens, to)) {
        to++;
      }
      while (to > from && tokens.get(to - 1).tag().equals("HYPH")) {
        to--;
      }
      int words = 0;
      for (int i = from; i < to; i++) {
        words += tokens.get(i).tag().startsWith("NNP") ? 1 : 0;
      }
      if (words >= 2) {
        StringBuilder name = new StringBuilder();
        for (int i = from; i < to; i++) {
          Token t = tokens.get(i);
          if (i > from && tokens.get(i - 1).end() < t.begin()) {
            name.append(' ');
          }
          name.append(t.text());
          tokens.set(
              i,
              new Token(
                  t.index(), t.text(), t.tag(), t.lemma(), "PERSON", null, t.begin(), t.end()));
        }
        out.add(new Entity(sentence, from, to, "PERSON", name.toString(), null));
      }
    }
    return out;
  }

  private static boolean untyped(Token t) {
    return t.ner().equals("O");
  }

  private static boolean isNamePart(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (t.tag().startsWith("NNP")) {
      return true;
    }
    // A hyphen inside a name: "Kwang - chol" as the tokenizer splits it.
    return t.tag().equals("HYPH")
        && i + 1 < tokens.size()
        && tokens.get(i + 1).tag().startsWith("NNP")
        && tokens.get(i - 1).end() == t.begin();
  }
}
