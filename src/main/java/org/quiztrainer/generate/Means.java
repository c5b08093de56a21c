package org.quiztrainer.generate;

import edu.stanford.nlp.trees.Tree;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quiztrainer.nlp.Sentence;
import org.quiztrainer.quiz.QuestionType;

/**
 * How something is done: "manufacturers could remedy the situation by using iodised salt" asks "How
 * could manufacturers remedy the situation?", with the "by …" phrase as the key and other things
 * the article says people do ("by installing an oval wall") as the wrong choices.
 */
final class Means {
  private static final int FEWEST_WORDS = 3;
  private static final int MOST_WORDS = 12;

  private Means() {}

  /** The "by" + "-ing" phrase, as an answer to "how", if {@code node} is one. */
  static Optional<Answer> answer(Sentence s, Tree node) {
    Optional<Tree> vp = gerund(node);
    if (vp.isEmpty()) {
      return Optional.empty();
    }
    String key = "by " + Render.leaves(shortest(vp.get()), s).replaceAll("[,;:.]+$", "").strip();
    int words = Draft.words(key);
    if (words < FEWEST_WORDS || words > MOST_WORDS) {
      return Optional.empty();
    }
    return Optional.of(
        new Answer(
            "how",
            key,
            List.of(Render.of(node, s)),
            "METHOD",
            ReadingSkill.DETAILS,
            QuestionType.SHORT_ANSWER,
            node,
            Kind.MANNER));
  }

  /** "by using iodised salt": "by" and a clause whose verb phrase opens on an "-ing" form. */
  static boolean isMeans(Tree node) {
    return gerund(node).isPresent();
  }

  /** The "-ing" verb phrase of a "by" phrase, if it has one. */
  private static Optional<Tree> gerund(Tree node) {
    if (!Trees.is(node, "PP") || !Trees.firstWord(node).equals("by")) {
      return Optional.empty();
    }
    // "by (S (VP (S (VP using …)) and …))": down the first clause and verb phrase to the verb.
    Tree at = Trees.firstChild(node, "S").orElse(null);
    for (int depth = 0; at != null && depth < 4; depth++) {
      Tree first = at.firstChild();
      if (Trees.is(first, "VBG")) {
        return Optional.of(at);
      }
      at = Trees.is(first, "S", "VP") ? first : Trees.firstChild(at, "VP").orElse(null);
    }
    return Optional.empty();
  }

  /**
   * The verb and what it needs, without the phrases after that say where and how far: "using
   * iodised salt in their products" of "using iodised salt in their products in line with …".
   */
  private static List<Tree> shortest(Tree vp) {
    List<Tree> out = new ArrayList<>();
    int phrases = 0;
    for (Tree c : vp.children()) {
      if (Trees.is(c, ",", "CC", ":") || phrases == 2) {
        break;
      }
      out.addAll(c.getLeaves());
      if (!c.isPreTerminal()) {
        phrases++;
      }
    }
    return out;
  }

  /**
   * What the article says anyone does, written as a means ("by installing security cameras"): the
   * wrong answers of a how question.
   */
  static List<String> pool(List<Sentence> sentences) {
    Set<String> out = new LinkedHashSet<>();
    for (Sentence s : sentences) {
      if (s.tree() == null) {
        continue;
      }
      for (Tree t : s.tree().subTreeList()) {
        // Something done to something: "installing security cameras", not "going down" or the
        // noun "learning difficulties".
        if (!Trees.is(t, "VP")
            || !Trees.is(t.firstChild(), "VBG")
            || Trees.firstChild(t, "NP").isEmpty()) {
          continue;
        }
        String text = Render.leaves(shortest(t), s).replaceAll("[,;:.]+$", "").strip();
        int words = Draft.words(text);
        if (words >= FEWEST_WORDS - 1 && words < MOST_WORDS && !Resolver.dangles(text)) {
          out.add("by " + text);
        }
      }
    }
    return new ArrayList<>(out);
  }
}
