package org.quiztrainer.generate;

import java.util.List;
import org.quiztrainer.nlp.Sentence;
import org.quiztrainer.quiz.QuestionType;

/**
 * A candidate question before ranking. {@code kind} names the rule that built it (see {@link
 * Kind}); {@code answerType} is the fine-grained entity type of the answer, or a kind of phrase
 * ("PHRASE", "QUOTE", "REASON"). The evidence is characters {@code begin} to {@code end} of the
 * article.
 */
record Draft(
    QuestionType type,
    String prompt,
    List<String> choices,
    String answer,
    List<String> accepted,
    Sentence sentence,
    int begin,
    int end,
    ReadingSkill skill,
    Kind kind,
    String answerType,
    String origin) {

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  Draft {
    choices = List.copyOf(choices);
    accepted = List.copyOf(accepted);
  }

  Draft withChoices(QuestionType newType, List<String> newChoices) {
    return new Draft(
        newType,
        prompt,
        newChoices,
        answer,
        accepted,
        sentence,
        begin,
        end,
        skill,
        kind,
        answerType,
        origin);
  }

  /** The same question with another key and other accepted answers. */
  Draft withKey(String newAnswer, List<String> newAccepted) {
    return new Draft(
        type,
        prompt,
        choices,
        newAnswer,
        newAccepted,
        sentence,
        begin,
        end,
        skill,
        kind,
        answerType,
        origin);
  }

  /** The same question with its words written anew (a misspelling of the article corrected). */
  Draft rewritten(java.util.function.UnaryOperator<String> fix) {
    String key = fix.apply(answer);
    List<String> alsoAccepted = new java.util.ArrayList<>();
    for (String a : accepted) {
      alsoAccepted.add(fix.apply(a));
    }
    if (!key.equals(answer)) {
      alsoAccepted.add(answer); // the article's own spelling is not marked wrong
    }
    return new Draft(
        type,
        fix.apply(prompt),
        choices.stream().map(c -> c.equals(answer) ? key : fix.apply(c)).toList(),
        key,
        alsoAccepted.stream().distinct().filter(a -> !a.equals(key)).toList(),
        sentence,
        begin,
        end,
        skill,
        kind,
        answerType,
        origin);
  }

  int promptWords() {
    return words(prompt);
  }

  int answerWords() {
    return words(answer);
  }

  static int words(String text) {
    String t = text.strip();
    return t.isEmpty() ? 0 : SPACES.split(t).length;
  }
}
