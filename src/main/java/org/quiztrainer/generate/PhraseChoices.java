package org.quiztrainer.generate;

import edu.stanford.nlp.trees.Tree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quiztrainer.nlp.Lexicon;
import org.quiztrainer.nlp.Sentence;
import org.quiztrainer.nlp.Token;

/**
 * Wrong answers for a key that is a description rather than a name ("the fact that he dropped out
 * of school", "a simple lever"): other noun phrases of the article whose head noun is the same kind
 * of thing in WordNet (an artifact beside an artifact, an act beside an act), of about the key's
 * length, that share no word with it and that its own sentence does not hold. Without two such
 * phrases the question gets none and is typed, or not asked when it is too long to type.
 */
final class PhraseChoices {
  private static final int LONGEST = 10;

  private final Lexicon lexicon;

  /** The article's descriptive noun phrases by the kind of their head noun, in order. */
  private final Map<String, Set<String>> byKind = new LinkedHashMap<>();

  /** The kind of each phrase met, so that a key the article wrote is looked up, not guessed. */
  private final Map<String, String> kindOf = new HashMap<>();

  PhraseChoices(Article article, Lexicon lexicon) {
    this.lexicon = lexicon;
    for (Sentence s : article.usable()) {
      if (s.tree() == null) {
        continue;
      }
      for (Tree t : s.tree().subTreeList()) {
        Tree parent = t.parent(s.tree());
        if (Trees.is(t, "NP") && parent != null && Trees.is(parent, "VP", "PP", "S")) {
          phrase(s, t);
        }
      }
    }
  }

  private void phrase(Sentence s, Tree np) {
    List<Token> tokens = Trees.tokens(np, s);
    if (tokens.isEmpty() || tokens.size() > LONGEST) {
      return;
    }
    for (Token t : tokens) {
      if (t.tag().equals("PRP") || t.tag().equals(",") || t.text().equals("(")) {
        return; // "it", "them", an aside: not a phrase that reads alone
      }
    }
    Optional<Token> head = Trees.headToken(np, s);
    if (head.isEmpty() || !head.get().tag().matches("NNS?")) {
      return;
    }
    Optional<String> kind = kind(head.get().lemma());
    if (kind.isEmpty()) {
      return;
    }
    String text = Answers.keyText(np, s);
    kindOf.put(Distractors.normalized(text), kind.get());
    // A noun can be several kinds of thing ("chain": a series, an object, a device): it is a
    // wrong answer beside a key of any of its three commonest.
    for (String k : kinds(head.get().lemma())) {
      byKind.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(text);
    }
  }

  private Set<String> kinds(String lemma) {
    Set<String> out = new LinkedHashSet<>();
    List<Lexicon.Sense> senses = lexicon.senses(lemma.toLowerCase(Locale.ROOT), "NN");
    for (int i = 0; i < Math.min(3, senses.size()); i++) {
      out.add(group(senses.get(i).kind()));
    }
    return out;
  }

  /**
   * WordNet's kinds of noun, grouped into what a reader tells apart: things, happenings, ideas and
   * states, people, places, amounts. A short article has few phrases of any one fine kind.
   */
  private static String group(String kind) {
    return switch (kind) {
      case "noun.artifact",
          "noun.object",
          "noun.substance",
          "noun.food",
          "noun.plant",
          "noun.animal",
          "noun.body" ->
          "thing";
      case "noun.act", "noun.event", "noun.process", "noun.phenomenon" -> "happening";
      case "noun.cognition",
          "noun.communication",
          "noun.attribute",
          "noun.feeling",
          "noun.state",
          "noun.motive" ->
          "idea";
      case "noun.person", "noun.group" -> "people";
      case "noun.location" -> "place";
      default -> "amount";
    };
  }

  private Optional<String> kind(String lemma) {
    List<Lexicon.Sense> senses = lexicon.senses(lemma.toLowerCase(Locale.ROOT), "NN");
    return senses.isEmpty() ? Optional.empty() : Optional.of(group(senses.get(0).kind()));
  }

  /**
   * The kind of a key the pool doesn't hold ("the fact that he dropped out of school"): that of the
   * noun that ends its first run of nouns, as the sentence tags it.
   */
  private Optional<String> keyKind(Draft d) {
    Sentence s = d.sentence();
    int at = s.text().indexOf(d.answer());
    if (at < 0) {
      return Optional.empty();
    }
    int begin = s.begin() + at;
    int end = begin + d.answer().length();
    List<Token> tokens = s.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.begin() < begin || t.end() > end || !t.tag().matches("NNS?")) {
        continue;
      }
      boolean last =
          i + 1 == tokens.size()
              || !tokens.get(i + 1).tag().startsWith("NN")
              || tokens.get(i + 1).begin() >= end;
      if (last) {
        return kind(t.lemma());
      }
    }
    return Optional.empty();
  }

  /** Three wrong answers of the key's kind, or none. */
  Optional<List<String>> forDraft(Draft d, Set<String> madeTrue) {
    String kind = kindOf.get(Distractors.normalized(d.answer()));
    if (kind == null) {
      kind = keyKind(d).orElse(null);
    }
    if (kind == null) {
      return Optional.empty();
    }
    List<String> candidates = new ArrayList<>(byKind.getOrDefault(kind, Set.of()));
    new Distractors.Random(d.prompt().hashCode()).shuffle(candidates);
    List<String> chosen = new ArrayList<>();
    String sentence = " " + Distractors.normalized(d.sentence().text()) + " ";
    for (String c : candidates) {
      if (chosen.size() == Distractors.WANTED) {
        break;
      }
      boolean clash =
          Distractors.overlaps(c, d.answer())
              || madeTrue.contains(Distractors.normalized(c))
              || sentence.contains(" " + Distractors.normalized(c) + " ")
              || Prompts.mentionsAnswer(d.prompt(), c)
              || Math.abs(Draft.words(c) - d.answerWords()) > Math.max(3, d.answerWords() / 2)
              || chosen.stream().anyMatch(o -> Distractors.overlaps(o, c));
      if (!clash) {
        chosen.add(c);
      }
    }
    // Two wrong answers of the right kind are better than a third of the wrong kind.
    return chosen.size() >= 2 ? Optional.of(List.copyOf(chosen)) : Optional.empty();
  }
}
