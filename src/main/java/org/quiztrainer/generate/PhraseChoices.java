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
 * Wrong answers for a key that is a description rather than a name ("a simple lever"): other noun
 * phrases of the article whose head noun is, in WordNet, the same kind of thing as the key's head
 * in its commonest sense (a device beside a device, a feeling beside a feeling), in the same
 * number, of about the key's length, that share no word with it and that its own sentence does not
 * hold. A teacher's review found looser matches (any "idea" beside any other) read as nonsense, so
 * without three such phrases the question gets none, and is typed or, when too long to type, not
 * asked.
 */
final class PhraseChoices {
  private static final int LONGEST = 10;

  /** Head nouns that say almost nothing of what a thing is ("the findings", "the study"). */
  private static final Set<String> EMPTY_HEADS =
      Set.of(
          "study", "finding", "result", "time", "way", "thing", "part", "lot", "number", "case",
          "kind", "type", "issue", "problem", "area", "place", "point", "fact", "year", "day",
          "people", "group", "end", "side", "one", "others", "level", "range", "rest", "form");

  private final Lexicon lexicon;

  /** The article's descriptive noun phrases by the kinds their head noun can be. */
  private final Map<String, Set<String>> byKind = new LinkedHashMap<>();

  /** Each phrase met: the kind of its head in its commonest sense, and whether it is plural. */
  private final Map<String, Head> heads = new HashMap<>();

  private record Head(String kind, boolean plural) {}

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
      if (t.tag().equals("PRP")
          || t.tag().equals(",")
          || t.tag().equals("CD")
          || t.text().equals("(")
          || t.text().equals("\"")) {
        return; // "it", an aside, a count, a quotation: not a phrase that reads alone
      }
    }
    Optional<Token> head = Trees.headToken(np, s);
    if (head.isEmpty() || !head.get().tag().matches("NNS?") || empty(head.get())) {
      return;
    }
    List<String> kinds = kinds(head.get().lemma());
    if (kinds.isEmpty()) {
      return;
    }
    String text = Answers.keyText(np, s);
    heads.put(Distractors.normalized(text), new Head(kinds.get(0), head.get().tag().equals("NNS")));
    // A noun can be several kinds of thing ("chain": a series, an object, a device): it is a
    // wrong answer beside a key of any of its three commonest.
    for (String k : kinds) {
      byKind.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(text);
    }
  }

  private static boolean empty(Token head) {
    return EMPTY_HEADS.contains(head.lemma().toLowerCase(Locale.ROOT));
  }

  /** The WordNet kinds of a noun's three commonest senses, commonest first. */
  private List<String> kinds(String lemma) {
    List<String> out = new ArrayList<>();
    List<Lexicon.Sense> senses = lexicon.senses(lemma.toLowerCase(Locale.ROOT), "NN");
    for (int i = 0; i < Math.min(3, senses.size()); i++) {
      if (!out.contains(senses.get(i).kind())) {
        out.add(senses.get(i).kind());
      }
    }
    return out;
  }

  /**
   * The head of a key the pool doesn't hold ("the fact that he dropped out of school"): the noun
   * that ends its first run of nouns, as the sentence tags it.
   */
  private Optional<Head> keyHead(Draft d) {
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
        List<String> kinds = kinds(t.lemma());
        return empty(t) || kinds.isEmpty()
            ? Optional.empty()
            : Optional.of(new Head(kinds.get(0), t.tag().equals("NNS")));
      }
    }
    return Optional.empty();
  }

  /** Three wrong answers of the key's kind, or none. */
  Optional<List<String>> forDraft(Draft d, Set<String> madeTrue) {
    Optional<Head> key =
        Optional.ofNullable(heads.get(Distractors.normalized(d.answer()))).or(() -> keyHead(d));
    if (key.isEmpty()) {
      return Optional.empty();
    }
    List<String> candidates = new ArrayList<>(byKind.getOrDefault(key.get().kind(), Set.of()));
    new Distractors.Random(d.prompt().hashCode()).shuffle(candidates);
    List<String> chosen = new ArrayList<>();
    String sentence = " " + Distractors.normalized(d.sentence().text()) + " ";
    for (String c : candidates) {
      if (chosen.size() == Distractors.WANTED) {
        break;
      }
      Head head = heads.get(Distractors.normalized(c));
      boolean clash =
          head == null
              || head.plural() != key.get().plural()
              || Distractors.overlaps(c, d.answer())
              || madeTrue.contains(Distractors.normalized(c))
              || sentence.contains(" " + Distractors.normalized(c) + " ")
              || Prompts.mentionsAnswer(d.prompt(), c)
              || Math.abs(Draft.words(c) - d.answerWords()) > Math.max(2, d.answerWords() / 2)
              || chosen.stream().anyMatch(o -> Distractors.overlaps(o, c));
      if (!clash) {
        chosen.add(c);
      }
    }
    return chosen.size() == Distractors.WANTED
        ? Optional.of(List.copyOf(chosen))
        : Optional.empty();
  }
}
