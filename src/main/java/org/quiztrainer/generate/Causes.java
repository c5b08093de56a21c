package org.quiztrainer.generate;

import edu.stanford.nlp.trees.Tree;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.quiztrainer.nlp.Sentence;
import org.quiztrainer.quiz.QuestionType;

/**
 * Why questions, from the reasons and purposes an article states outright: "because …", "as he
 * tries to …", "so that …", "in exchange for …", "in response to …", "in order to …". The reason
 * leaves the clause and the clause is asked with "why".
 */
final class Causes {
  private static final List<String> CAUSE_PREPOSITIONS =
      List.of(
          "in exchange for",
          "in response to",
          "in return for",
          "because of",
          "due to",
          "in retaliation for",
          "as a result of",
          "in protest at",
          "in protest against",
          "in support of",
          "owing to",
          "thanks to");

  /** "as he tries to …": verbs that make an "as" clause a purpose, not a time. */
  private static final Set<String> STRIVING =
      Set.of("try", "seek", "hope", "aim", "attempt", "want", "look", "strive", "work", "push");

  private Causes() {}

  static boolean isCausePhrase(Tree pp) {
    String opening = opening(pp, 4);
    for (String p : CAUSE_PREPOSITIONS) {
      if (opening.startsWith(p + " ") || opening.equals(p)) {
        return true;
      }
    }
    return false;
  }

  /** The reasons in a verb phrase chain: its "because"/"as"/"so" clauses and cause phrases. */
  static List<Tree> candidates(Tree vp) {
    List<Tree> out = new ArrayList<>();
    for (Tree phrase : Clauses.verbPhrases(vp)) {
      for (Tree c : phrase.children()) {
        if (Trees.is(c, "SBAR") || Trees.is(c, "PP") && isCausePhrase(c)) {
          out.add(c);
        } else if (Trees.is(c, "S") && opening(c, 3).startsWith("in order to")) {
          out.add(c);
        } else if (Purposes.isPurpose(phrase, c)) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /** The answer a reason gives, if the phrase is one. */
  static Optional<Answer> answer(Sentence s, Tree node) {
    String key = null;
    if (Trees.is(node, "PP")) {
      key = Render.of(node, s);
    } else if (Trees.is(node, "S")) {
      key = Render.of(node, s);
    } else {
      String word = Clauses.subordinator(node);
      if (word.equals("because") || word.equals("so")) {
        key = Render.of(node, s);
      } else if (word.equals("as")) {
        key = purpose(node, s).orElse(null);
      }
    }
    if (key == null || Draft.words(key) < 3 || Draft.words(key) > 20) {
      return Optional.empty();
    }
    return Optional.of(
        new Answer(
            "why",
            key.replaceAll("[,;:]+$", "").strip(),
            List.of(),
            "REASON",
            ReadingSkill.CAUSE_EFFECT,
            QuestionType.SHORT_ANSWER,
            node,
            Kind.CAUSE));
  }

  /** "as he tries to break out of isolation" gives "to break out of isolation". */
  private static Optional<String> purpose(Tree sbar, Sentence s) {
    Optional<Tree> inner = Trees.firstChild(sbar, "S");
    Optional<Tree> vp = inner.flatMap(Clauses::predicate);
    if (vp.isEmpty()) {
      return Optional.empty();
    }
    Tree verb = vp.get().firstChild();
    if (verb == null || !verb.isPreTerminal() || !Trees.isOriginal(verb.firstChild())) {
      return Optional.empty();
    }
    if (!STRIVING.contains(s.tokenOf(verb.firstChild()).lemma())) {
      return Optional.empty();
    }
    return Trees.firstChild(vp.get(), "S")
        .flatMap(infinitive -> Trees.firstChild(infinitive, "VP"))
        .filter(to -> Trees.is(to.firstChild(), "TO"))
        .map(to -> Render.leaves(beforePause(to), s));
  }

  /**
   * Reasons and purposes the article states anywhere, as wrong answers for a why question: "to …"
   * phrases and cause phrases ("in response to …"), up to 12 words.
   */
  static List<String> pool(List<org.quiztrainer.nlp.Sentence> sentences) {
    List<String> out = new ArrayList<>();
    for (org.quiztrainer.nlp.Sentence s : sentences) {
      if (s.tree() == null) {
        continue;
      }
      for (Tree t : s.tree().subTreeList()) {
        String text = null;
        if (Trees.is(t, "VP") && t.firstChild() != null && Trees.is(t.firstChild(), "TO")) {
          text = plainInfinitive(beforePause(t), s);
        } else if (Trees.is(t, "PP") && isCausePhrase(t)) {
          text = Render.leaves(beforePause(t), s);
        }
        if (text != null && Draft.words(text) >= 3 && Draft.words(text) <= 12) {
          out.add(text.replaceAll("[,;:.]+$", ""));
        }
      }
    }
    return out;
  }

  /**
   * "to have given economic assistance" reads as a reason only after "appeared"; offered beside "to
   * break out of isolation" it is written "to give economic assistance".
   */
  private static String plainInfinitive(List<Tree> leaves, org.quiztrainer.nlp.Sentence s) {
    if (leaves.size() >= 3
        && leaves.get(1).value().equalsIgnoreCase("have")
        && Trees.isOriginal(leaves.get(2))
        && s.tokenOf(leaves.get(2)).tag().equals("VBN")) {
      java.util.Map<Tree, String> words = new java.util.IdentityHashMap<>();
      words.put(leaves.get(1), "");
      words.put(leaves.get(2), s.tokenOf(leaves.get(2)).lemma());
      return Render.leaves(leaves, s, words);
    }
    return Render.leaves(leaves, s);
  }

  /** The words of a phrase up to its first comma: "…, embracing the idea …" is another fact. */
  static List<Tree> beforePause(Tree phrase) {
    List<Tree> out = new ArrayList<>();
    for (Tree leaf : phrase.getLeaves()) {
      if (leaf.value().equals(",")) {
        break;
      }
      out.add(leaf);
    }
    return out;
  }

  private static String opening(Tree t, int words) {
    StringBuilder b = new StringBuilder();
    int n = 0;
    for (Tree leaf : t.getLeaves()) {
      if (n++ == words) {
        break;
      }
      b.append(n > 1 ? " " : "").append(leaf.value().toLowerCase(Locale.ROOT));
    }
    return b.toString();
  }
}
