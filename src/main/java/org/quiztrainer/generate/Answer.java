package org.quiztrainer.generate;

import edu.stanford.nlp.trees.Tree;
import java.util.List;
import org.quiztrainer.quiz.QuestionType;

/**
 * What a phrase would be as the answer to a question: the question words that ask for it ("who",
 * "which country", "how many soldiers"), the key and other accepted answers, its entity type, the
 * skill it practises, and which node leaves the question when it is asked ({@code removed}: the
 * noun phrase, or its whole prepositional phrase for "where" and "when").
 */
record Answer(
    String wh,
    String key,
    List<String> accepted,
    String type,
    ReadingSkill skill,
    QuestionType questionType,
    Tree removed,
    Kind kind) {

  Answer {
    accepted = List.copyOf(accepted);
  }

  /** True when the question words go in front with the preposition ("To which country …"). */
  boolean piedPiped() {
    return wh.contains(" which ") && !wh.startsWith("which");
  }
}
