package org.quiztrainer.generate;

import edu.stanford.nlp.trees.Tree;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.quiztrainer.nlp.Analysis;
import org.quiztrainer.nlp.Entity;
import org.quiztrainer.nlp.Referent;
import org.quiztrainer.nlp.Sentence;
import org.quiztrainer.nlp.Token;

/**
 * What a noun phrase names: the entity at its head, the name coreference gives it ("Shin Won-sik"
 * for "Shin", "Kim Jong-un" for "he"), and whether it is a pronoun.
 */
final class Mentions {
  static final Set<String> PRONOUNS =
      Set.of(
          "he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "hers", "theirs",
          "this", "these", "those", "that", "we", "us", "our", "i", "me", "my", "you", "your");

  private final Analysis analysis;

  Mentions(Analysis analysis) {
    this.analysis = analysis;
  }

  Analysis analysis() {
    return analysis;
  }

  /** The named entity that contains the phrase's head word, if there is one. */
  Optional<Entity> entity(Sentence s, Tree np) {
    Optional<Token> head = Trees.headToken(np, s);
    if (head.isEmpty()) {
      return Optional.empty();
    }
    return analysis.entityAt(s.index(), head.get().index());
  }

  /** The entities whose tokens all lie inside the phrase. */
  List<Entity> entitiesInside(Sentence s, Tree np) {
    List<Token> tokens = Trees.tokens(np, s);
    if (tokens.isEmpty()) {
      return List.of();
    }
    int from = tokens.get(0).index();
    int to = tokens.get(tokens.size() - 1).index() + 1;
    return analysis.entitiesIn(s.index()).stream()
        .filter(e -> e.start() >= from && e.end() <= to)
        .toList();
  }

  /** What coreference says the phrase refers to. */
  Optional<Referent> referent(Sentence s, Tree np) {
    Optional<Token> head = Trees.headToken(np, s);
    return head.flatMap(h -> analysis.coreference().of(s.index(), h.index()));
  }

  /** True if the phrase is just a pronoun ("he", "its"). */
  static boolean isPronoun(Tree np) {
    List<Tree> leaves = np.getLeaves();
    return leaves.size() == 1 && PRONOUNS.contains(leaves.get(0).value().toLowerCase(Locale.ROOT));
  }

  /**
   * The entity type of what the phrase names: the type of the entity at its head, or of what it
   * refers to, or "O".
   */
  String type(Sentence s, Tree np) {
    Optional<Entity> e = entity(s, np);
    if (e.isPresent()) {
      // "Space Shuttle Columbia" is no country: the name must be all the phrase's proper nouns.
      for (Token t : Trees.tokens(np, s)) {
        if (t.tag().startsWith("NNP") && !e.get().covers(t.index()) && !t.isEntity()) {
          return "O";
        }
      }
      return e.get().type();
    }
    return referent(s, np).map(Referent::type).orElse("O");
  }

  private static boolean sameSurname(String a, String b) {
    String[] x = a.split(" ");
    String[] y = b.split(" ");
    return x[x.length - 1].equalsIgnoreCase(y[y.length - 1]);
  }

  /**
   * The best name for a person phrase: the full name coreference knows ("Shin Won-sik" for "Shin"),
   * else the person entity at its head.
   */
  Optional<String> personName(Sentence s, Tree np) {
    Optional<Entity> e = entity(s, np);
    if (e.isPresent() && e.get().type().equals("PERSON")) {
      Optional<Referent> r = referent(s, np);
      if (r.isPresent()
          && r.get().type().equals("PERSON")
          && sameSurname(r.get().name(), e.get().text())) {
        return Optional.of(r.get().name()); // also puts right a misspelt first name ("Vladmir")
      }
      return Optional.of(e.get().text());
    }
    if (isPronoun(np)) {
      return referent(s, np).filter(r -> r.type().equals("PERSON")).map(Referent::name);
    }
    return Optional.empty();
  }
}
