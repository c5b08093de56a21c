package org.quiztrainer.nlp;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the mentions of an article refer to. A mention is looked up by its sentence and any of its
 * tokens (the parser's head of a phrase need not be coreference's); where mentions nest, the
 * smallest wins.
 */
public final class Coreference {
  /** A mention of an entity: its sentence, its tokens and the token its phrase is headed by. */
  public record Mention(int sentence, int start, int end, int head, boolean pronoun) {}

  private record Entry(Referent referent, int width) {}

  private final Map<Long, Entry> byToken = new HashMap<>();

  /** Records that {@code mention} refers to {@code referent}. */
  public void add(Mention mention, Referent referent) {
    int width = mention.end() - mention.start();
    for (int t = mention.start(); t < mention.end(); t++) {
      long k = key(mention.sentence(), t);
      Entry old = byToken.get(k);
      if (old == null || width < old.width()) {
        byToken.put(k, new Entry(referent, width));
      }
    }
  }

  /** What the smallest mention holding this token refers to, if coreference found a name. */
  public Optional<Referent> of(int sentence, int token) {
    return Optional.ofNullable(byToken.get(key(sentence, token))).map(Entry::referent);
  }

  public static Coreference none() {
    return new Coreference();
  }

  public int size() {
    return byToken.size();
  }

  private static long key(int sentence, int token) {
    return ((long) sentence << 32) | token;
  }
}
