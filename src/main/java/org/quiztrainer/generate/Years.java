package org.quiztrainer.generate;

import edu.stanford.nlp.trees.Tree;
import java.util.List;
import java.util.Optional;
import org.quiztrainer.nlp.Sentence;
import org.quiztrainer.nlp.Token;
import org.quiztrainer.quiz.QuestionType;

/**
 * A year written before a noun ("winning the 2006 British Academy Television Award", "culminating
 * in the 1989 debut of the TGIF block") says when, as "in 2006" would: the year leaves the phrase
 * and the clause is asked "In what year …?".
 */
final class Years {
  private static final java.util.regex.Pattern YEAR =
      java.util.regex.Pattern.compile("(1[0-9]|20)\\d{2}");

  private Years() {}

  /** The year before the head noun of a phrase of the verb, as an answer. */
  static Optional<Answer> before(Sentence s, Tree phrase) {
    Tree np = Trees.is(phrase, "PP") ? Trees.firstChild(phrase, "NP").orElse(null) : phrase;
    if (np == null || !Trees.is(np, "NP")) {
      return Optional.empty();
    }
    Tree head = Trees.is(np.firstChild(), "NP") ? np.firstChild() : np;
    Tree[] kids = head.children();
    for (int i = 0; i + 1 < kids.length; i++) {
      Tree k = kids[i];
      if (!Trees.is(k, "CD") || !Trees.isOriginal(k.firstChild())) {
        continue;
      }
      Token t = s.tokenOf(k.firstChild());
      boolean noun = Trees.is(kids[i + 1], "NN", "NNS", "NNP", "NNPS", "JJ", "NML", "VBN");
      if (YEAR.matcher(t.text()).matches() && t.ner().equals("DATE") && noun) {
        return Optional.of(
            new Answer(
                "in what year",
                t.text(),
                List.of(),
                "DATE",
                ReadingSkill.DATES,
                QuestionType.SHORT_ANSWER,
                k,
                Kind.TIME));
      }
    }
    return Optional.empty();
  }
}
