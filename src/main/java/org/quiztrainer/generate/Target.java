package org.quiztrainer.generate;

import edu.stanford.nlp.trees.Tree;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.quiztrainer.quiz.QuestionType;

/**
 * A phrase to ask about where it stands: the question words that replace it ("which country", "how
 * many soldiers"), the node it belongs to, its key and other accepted answers, its type, and the
 * leaves the question words stand in for.
 */
record Target(
    String wh,
    Tree replaced,
    String key,
    List<String> accepted,
    String type,
    QuestionType questionType,
    Set<Tree> leaves) {

  /** A whole phrase as the target: all its leaves are replaced. */
  Target(
      String wh,
      Tree replaced,
      String key,
      List<String> accepted,
      String type,
      QuestionType questionType) {
    this(wh, replaced, key, accepted, type, questionType, leavesOf(replaced));
  }

  /** The same target, standing in for more words (an article, a description before a name). */
  Target with(String newWh, Set<Tree> newLeaves) {
    return new Target(newWh, replaced, key, accepted, type, questionType, newLeaves);
  }

  static Set<Tree> leavesOf(Tree t) {
    Set<Tree> out = Collections.newSetFromMap(new IdentityHashMap<>());
    out.addAll(t.getLeaves());
    return out;
  }

  /** The question words for a place of an entity type. */
  static String placeWord(String type) {
    return switch (type) {
      case "COUNTRY" -> "which country";
      case "CITY" -> "which city";
      case "STATE_OR_PROVINCE" -> "which state";
      default -> "what place";
    };
  }
}
