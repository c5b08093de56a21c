package org.quiztrainer.generate;

import edu.stanford.nlp.trees.Tree;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quiztrainer.nlp.Sentence;
import org.quiztrainer.nlp.Token;
import org.quiztrainer.quiz.QuestionType;

/**
 * Answers of two special kinds: a count ("more than 10,000 soldiers" asks "how many soldiers", with
 * 10000 as the key) and a quotation ("a banner that read: “…”" asks what it read).
 */
final class Counts {
  private static final java.util.Set<String> TIME_TYPES = java.util.Set.of("DATE", "TIME");

  private final Mentions mentions;

  Counts(Mentions mentions) {
    this.mentions = mentions;
  }

  /**
   * A quotation as the object of its verb ("a banner that read: “Complete support …”") asks "what",
   * with the words inside the quotation marks as the key.
   */
  Optional<Answer> quoted(Sentence s, Tree np) {
    List<Token> tokens = Trees.tokens(np, s);
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    int begin = tokens.get(0).begin();
    int end = tokens.get(tokens.size() - 1).end();
    for (var q : mentions.analysis().quotes()) {
      if (q.begin() <= begin && end <= q.end() && q.inner().length() > 0) {
        String key = q.inner().replaceAll("[.,;:]+$", "");
        if (Draft.words(key) > 16) {
          return Optional.empty();
        }
        return Optional.of(
            new Answer(
                "what",
                key,
                List.of(),
                "QUOTE",
                ReadingSkill.QUOTES,
                QuestionType.SHORT_ANSWER,
                np,
                Kind.QUOTE_CONTENT));
      }
    }
    return Optional.empty();
  }

  /** "more than 10,000 soldiers" asks "how many soldiers", with 10000 as the key. */
  Optional<Answer> howMany(Sentence s, Tree np) {
    Tree number = null;
    for (Tree c : np.children()) {
      if (Trees.is(c, "QP") || Trees.is(c, "CD")) {
        number = c;
        break;
      }
    }
    Tree head = Trees.headLeaf(np);
    Tree headTag = head == null ? null : head.parent(np);
    boolean countsANoun =
        number != null
            && headTag != null
            && Trees.is(headTag, "NNS", "NN")
            && headTag.parent(np) == np
            && np.objectIndexOf(number) < np.objectIndexOf(headTag);
    if (!countsANoun) {
      return Optional.empty(); // a count comes before a common noun: not "STS-135"
    }
    List<Token> digits = new ArrayList<>();
    for (Token t : Trees.tokens(number, s)) {
      if (t.tag().equals("CD")) {
        digits.add(t);
      }
    }
    boolean dateOrRank =
        digits.stream()
            .anyMatch(
                d ->
                    mentions
                        .analysis()
                        .entityAt(s.index(), d.index())
                        .map(e -> TIME_TYPES.contains(e.type()) || e.type().equals("ORDINAL"))
                        .orElse(false));
    String phrase = Render.of(number, s);
    Optional<String> value = Numbers.digits(phrase);
    if (digits.isEmpty() || dateOrRank || value.isEmpty()) {
      return Optional.empty();
    }
    List<Tree> rest = new ArrayList<>();
    for (Tree c : np.children()) {
      if (c != number && !Trees.is(c, "DT")) {
        rest.add(c);
      }
    }
    String noun = Render.leaves(leaves(rest), s);
    if (noun.isBlank() || Draft.words(noun) > 5) {
      return Optional.empty();
    }
    return Optional.of(
        new Answer(
            "how many " + noun,
            value.get(),
            List.of(phrase),
            "NUMBER",
            ReadingSkill.NUMBERS,
            QuestionType.NUMERIC,
            np,
            Kind.HOW_MANY));
  }

  private static List<Tree> leaves(List<Tree> nodes) {
    List<Tree> out = new ArrayList<>();
    for (Tree n : nodes) {
      out.addAll(n.getLeaves());
    }
    return out;
  }
}
