package org.quiztrainer.generate;

import edu.stanford.nlp.trees.Tree;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.quiztrainer.nlp.Sentence;
import org.quiztrainer.nlp.Token;
import org.quiztrainer.quiz.QuestionType;

/**
 * One simple statement taken from a sentence: a clause tree with a subject and a verb phrase
 * (Heilman and Smith's stage 1). {@code origin} says where it came from (main, appositive,
 * relative, participle, conjunct, subordinate, reported); {@code source} is who said it, for
 * clauses reported from what someone said ("According to Shin Won-sik, …").
 */
record Clause(Sentence sentence, Tree tree, String origin, Optional<String> source) {

  /** The subject noun phrase. */
  Tree subject() {
    return Clauses.subject(tree).orElseThrow();
  }

  /** The verb phrase after the subject. */
  Tree predicate() {
    return Clauses.predicate(tree).orElseThrow();
  }

  /** The span of the article this clause's own words cover: its evidence. */
  int[] span() {
    int begin = Integer.MAX_VALUE;
    int end = -1;
    for (Token t : Trees.tokens(tree, sentence)) {
      begin = Math.min(begin, t.begin());
      end = Math.max(end, t.end());
    }
    return new int[] {begin, end};
  }

  /** A question about the clause, its own words as the evidence. */
  Draft draft(
      QuestionType type,
      String prompt,
      String key,
      List<String> accepted,
      ReadingSkill skill,
      Kind kind,
      String answerType) {
    int[] span = span();
    return new Draft(
        type,
        prompt,
        List.of(),
        key,
        accepted,
        sentence,
        span[0],
        span[1],
        skill,
        kind,
        answerType,
        origin);
  }

  /** The question with who said it in front, for a clause reported from someone. */
  String withSource(String prompt) {
    if (source.isEmpty()) {
      return prompt;
    }
    return "According to "
        + source.get()
        + ", "
        + prompt.substring(0, 1).toLowerCase(Locale.ROOT)
        + prompt.substring(1);
  }

  String text() {
    return Render.of(tree, sentence);
  }

  int words() {
    return Clauses.words(tree);
  }
}
