package org.quiztrainer.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.quiztrainer.nlp.Sentence;
import org.quiztrainer.quiz.QuestionType;

/**
 * One main-idea question per article: the lead's main statement is what the article is mostly
 * about; the wrong choices are true details from later paragraphs, each about something else.
 */
final class MainIdea {
  private static final int FEWEST_WORDS = 6;
  private static final int MOST_WORDS = 34;

  private MainIdea() {}

  /**
   * {@code statements} are the main statements of the usable sentences, in article order, each with
   * its sentence.
   */
  static Optional<Draft> build(Article article, List<Statement> statements) {
    if (statements.size() < 4 || article.usable().isEmpty()) {
      return Optional.empty();
    }
    // The key is the lead, the first sentence of the article's body, or there is no question:
    // a later sentence standing in for it is a detail passed off as the gist.
    Statement lead = statements.get(0);
    if (lead.sentence() != article.usable().get(0) || !isLeadParagraph(article, lead)) {
      return Optional.empty();
    }
    Set<String> headline = words(article.headlineText());
    if (!headline.isEmpty() && overlap(lead, headline) == 0) {
      return Optional.empty();
    }
    Set<String> leadWords = words(lead.text() + " " + article.headlineText());
    List<String> wrong = new ArrayList<>();
    Set<Integer> paragraphsUsed = new HashSet<>();
    paragraphsUsed.add(lead.sentence().paragraph());
    List<Statement> later = new ArrayList<>(statements.subList(1, statements.size()));
    later.sort((a, b) -> Double.compare(overlap(a, leadWords), overlap(b, leadWords)));
    double keyHeadline = headline.isEmpty() ? 1 : overlap(lead, headline);
    int keyWords = Draft.words(lead.text());
    for (Statement s : later) {
      int n = Draft.words(s.text());
      // About as long as the key: the longest choice should not be the answer by its length.
      if (wrong.size() < Distractors.WANTED
          && n >= Math.max(FEWEST_WORDS, keyWords * 2 / 3)
          && n <= Math.min(MOST_WORDS, keyWords * 4 / 3)
          && Wellformed.reads(s.text())
          && !s.text().startsWith("According to")
          && s.sentence().paragraph() != lead.sentence().paragraph()
          && (headline.isEmpty() || overlap(s, headline) < keyHeadline)
          && paragraphsUsed.add(s.sentence().paragraph())
          && overlap(s, leadWords) < 0.5) {
        wrong.add(s.text());
      }
    }
    if (wrong.size() < Distractors.WANTED) {
      return Optional.empty();
    }
    List<String> choices = new ArrayList<>(wrong);
    choices.add(Math.floorMod(lead.text().hashCode(), choices.size() + 1), lead.text());
    Sentence s = lead.sentence();
    return Optional.of(
        new Draft(
            QuestionType.MULTIPLE_CHOICE,
            "Which sentence best sums up what the article is mostly about?",
            choices,
            lead.text(),
            List.of(),
            s,
            s.begin(),
            s.end(),
            ReadingSkill.MAIN_IDEA,
            Kind.MAIN_IDEA,
            "MAIN_IDEA",
            "main"));
  }

  /** The lead's paragraph is the first the article's body has. */
  private static boolean isLeadParagraph(Article article, Statement lead) {
    return lead.sentence().paragraph() == article.usable().get(0).paragraph();
  }

  /** A statement of the article and the sentence it comes from. */
  record Statement(Sentence sentence, String text) {}

  private static double overlap(Statement s, Set<String> lead) {
    Set<String> w = words(s.text());
    if (w.isEmpty()) {
      return 1;
    }
    int shared = 0;
    for (String x : w) {
      if (lead.contains(x)) {
        shared++;
      }
    }
    return (double) shared / w.size();
  }

  private static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 3) {
        out.add(w);
      }
    }
    return out;
  }
}
