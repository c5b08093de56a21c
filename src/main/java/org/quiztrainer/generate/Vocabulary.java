package org.quiztrainer.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quiztrainer.nlp.Lexicon;
import org.quiztrainer.nlp.Sentence;
import org.quiztrainer.nlp.Token;
import org.quiztrainer.quiz.QuestionType;

/**
 * Vocabulary in context: a less common word of the article and its meaning. Only words with one
 * meaning in the dictionary (for the part of speech they have here) are asked, so the key is always
 * the right sense; the wrong choices are the meanings of other such words of the article, of the
 * same part of speech. Guessing which of several senses a sentence means (Lesk) was right about
 * half the time on the news reports, and a wrong key would teach the wrong meaning.
 */
final class Vocabulary {
  /** Vocabulary questions an article gets, from different sentences. */
  private static final int MOST = 2;

  /** A word met more often than this in WordNet's sense-tagged texts is everyday vocabulary. */
  private static final int EVERYDAY = 8;

  private static final int LONGEST_GLOSS = 16;
  private static final int WINDOW = 6;

  private final Lexicon lexicon;

  Vocabulary(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  private record Candidate(
      Sentence sentence, Token word, String pos, String gloss, int uses, String kind) {}

  /**
   * Meanings a reader sees rather than learns: people, things, animals, foods, places, times.
   * "headset" and "researchers" are not worth a question; "stoning" and "pilgrimage" are.
   */
  private static final Set<String> CONCRETE =
      Set.of(
          "noun.person",
          "noun.artifact",
          "noun.animal",
          "noun.plant",
          "noun.food",
          "noun.body",
          "noun.object",
          "noun.substance",
          "noun.location",
          "noun.quantity",
          "noun.time");

  List<Draft> build(Article article) {
    List<Candidate> found = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Sentence s : article.usable()) {
      for (Token t : s.tokens()) {
        if (seen.add(t.lemma() + "/" + t.tag().charAt(0))) {
          candidate(s, t).ifPresent(found::add);
        }
      }
    }
    List<Draft> out = new ArrayList<>();
    Set<Integer> sentences = new HashSet<>();
    // Early sentences first: the words that carry the article's main story.
    List<Candidate> byPlace = new ArrayList<>(found);
    byPlace.sort(
        Comparator.comparingInt((Candidate c) -> c.sentence().index())
            .thenComparingInt(Candidate::uses));
    for (Candidate c : byPlace) {
      if (out.size() == MOST || !sentences.add(c.sentence().index())) {
        continue;
      }
      List<String> wrong = new ArrayList<>();
      // Meanings of the same kind first (an act beside acts): a wrong meaning that could not be
      // this kind of word at all is no choice.
      List<Candidate> others = new ArrayList<>(found);
      others.sort(Comparator.comparing((Candidate o) -> !o.kind().equals(c.kind())));
      for (Candidate other : others) {
        if (other != c
            && other.pos().equals(c.pos())
            && wrong.size() < Distractors.WANTED
            && !Distractors.overlaps(other.gloss(), c.gloss())) {
          wrong.add(other.gloss());
        }
      }
      if (wrong.size() == Distractors.WANTED) {
        out.add(draft(c, wrong));
      }
    }
    return out;
  }

  private java.util.Optional<Candidate> candidate(Sentence s, Token t) {
    String w = t.text();
    boolean noun = t.tag().startsWith("NN") && !t.tag().startsWith("NNP");
    boolean content = noun || t.tag().startsWith("VB") || t.tag().startsWith("JJ");
    if (!content || t.isEntity() || w.length() < 7 || !w.chars().allMatch(Character::isLetter)) {
      return java.util.Optional.empty();
    }
    boolean modifier =
        t.index() + 1 < s.size() && s.tokens().get(t.index() + 1).tag().startsWith("NN");
    if (modifier) {
      return java.util.Optional.empty(); // "defence" in "air defence missile systems"
    }
    List<Lexicon.Sense> senses = lexicon.senses(t.lemma(), t.tag());
    if (senses.size() != 1
        || senses.get(0).uses() > EVERYDAY
        || CONCRETE.contains(senses.get(0).kind())) {
      return java.util.Optional.empty();
    }
    String gloss = senses.get(0).gloss().replaceFirst("^\\([^)]*\\)\\s*", "").strip();
    if (Draft.words(gloss) > LONGEST_GLOSS
        || Draft.words(gloss) < 3
        || gloss.toLowerCase(Locale.ROOT).contains(t.lemma().toLowerCase(Locale.ROOT))) {
      return java.util.Optional.empty(); // a definition that uses the word itself gives it away
    }
    return java.util.Optional.of(
        new Candidate(
            s, t, t.tag().substring(0, 2), gloss, senses.get(0).uses(), senses.get(0).kind()));
  }

  private static Draft draft(Candidate c, List<String> wrong) {
    Sentence s = c.sentence();
    List<String> choices = new ArrayList<>(wrong);
    choices.add(Math.floorMod(c.word().text().hashCode(), choices.size() + 1), c.gloss());
    String prompt = "What does “" + c.word().text() + "” mean in “…" + window(s, c.word()) + "…”?";
    return new Draft(
        QuestionType.MULTIPLE_CHOICE,
        prompt,
        choices,
        c.gloss(),
        List.of(),
        s,
        s.begin(),
        s.end(),
        ReadingSkill.VOCABULARY,
        Kind.VOCABULARY,
        "VOCABULARY",
        "main");
  }

  /** A few words either side of the word, as the article writes them. */
  private static String window(Sentence s, Token word) {
    int from = Math.max(0, word.index() - WINDOW);
    int to = Math.min(s.size(), word.index() + WINDOW + 1);
    while (to > word.index() + 1
        && !Character.isLetterOrDigit(s.tokens().get(to - 1).text().charAt(0))) {
      to--;
    }
    return s.text(from, to);
  }
}
