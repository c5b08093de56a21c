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

  /** Words the article writes in lower case somewhere: a common noun, not a name. */
  private final Set<String> common = new java.util.HashSet<>();

  /** One-word places that are also the end of another name ("Space Shuttle Columbia"). */
  private final Set<String> insideOtherNames = new java.util.HashSet<>();

  private static final Set<String> PLACES =
      Set.of("COUNTRY", "CITY", "LOCATION", "STATE_OR_PROVINCE");

  Mentions(Analysis analysis) {
    this.analysis = analysis;
    for (Sentence s : analysis.sentences()) {
      for (Token t : s.tokens()) {
        if (!t.text().isEmpty() && Character.isLowerCase(t.text().codePointAt(0))) {
          common.add(t.text());
        }
      }
      namesAround(s);
    }
  }

  /**
   * Runs of proper nouns that are not all place names: "Columbia" in "Space Shuttle Columbia" is
   * the shuttle, and so is "Columbia" alone in the same article, though the entity model says
   * country.
   */
  private void namesAround(Sentence s) {
    if (s.tree() == null) {
      return;
    }
    // A noun phrase of proper nouns only: one name ("Space Shuttle Columbia"), never two names
    // side by side in the text ("the Interior Ministry Sweden …").
    for (Tree np : s.tree().subTreeList()) {
      if (!Trees.is(np, "NP") || !np.getChildrenAsList().stream().allMatch(Tree::isPreTerminal)) {
        continue;
      }
      List<Token> tokens = Trees.tokens(np, s);
      if (tokens.size() < 2 || !tokens.stream().allMatch(t -> t.tag().startsWith("NNP"))) {
        continue;
      }
      boolean allPlaces =
          tokens.stream()
              .allMatch(
                  t ->
                      analysis
                          .entityAt(s.index(), t.index())
                          .map(e -> PLACES.contains(e.type()))
                          .orElse(false));
      if (!allPlaces) {
        tokens.forEach(t -> insideOtherNames.add(t.text().toLowerCase(Locale.ROOT)));
      }
    }
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
    // "Sparks sprang from water line taps": a one-word "person" that the article elsewhere
    // writes as a common noun ("sparks") is the sentence's capital, not a name.
    return analysis
        .entityAt(s.index(), head.get().index())
        .filter(
            e ->
                !(e.type().equals("PERSON")
                    && e.end() - e.start() == 1
                    && common.contains(head.get().text().toLowerCase(Locale.ROOT))));
  }

  /**
   * The entity's type, unless the article shows the entity model wrong: a one-word "person" it also
   * writes in lower case, or a one-word place that ends another name ("Columbia").
   */
  String typeOf(Entity e) {
    String word = e.text().toLowerCase(Locale.ROOT);
    boolean oneWord = e.end() - e.start() == 1;
    if (oneWord && e.type().equals("PERSON") && common.contains(word)) {
      return "O";
    }
    if (oneWord && PLACES.contains(e.type()) && insideOtherNames.contains(word)) {
      return "O";
    }
    return e.type();
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
      if (PLACES.contains(e.get().type())
          && e.get().end() - e.get().start() == 1
          && insideOtherNames.contains(e.get().text().toLowerCase(Locale.ROOT))) {
        return "O";
      }
      return e.get().type();
    }
    // "the two countries" refers to countries, but "teams from Sudan, Iran …" is no country:
    // what a phrase refers to types it only when the phrase is a pronoun or a name.
    Optional<Token> head = Trees.headToken(np, s);
    boolean stands = isPronoun(np) || head.map(h -> h.tag().startsWith("NNP")).orElse(false);
    return stands ? referent(s, np).map(Referent::type).orElse("O") : "O";
  }

  private static boolean sameSurname(String a, String b) {
    return org.quiztrainer.nlp.PersonNames.family(a)
        .equalsIgnoreCase(org.quiztrainer.nlp.PersonNames.family(b));
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
    if (isPronoun(np) || isTitle(s, np)) {
      return referent(s, np).filter(r -> r.type().equals("PERSON")).map(Referent::name);
    }
    return Optional.empty();
  }

  /** "The President" that coreference ties to Donald Trump: a title standing for a person. */
  private static boolean isTitle(Sentence s, Tree np) {
    List<Token> tokens = Trees.tokens(np, s);
    Optional<Token> head = Trees.headToken(np, s);
    return tokens.size() <= 3 && head.map(h -> h.ner().equals("TITLE")).orElse(false);
  }
}
