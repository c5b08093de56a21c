package org.quiztrainer.generate;

import edu.stanford.nlp.trees.Tree;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quiztrainer.nlp.Quote;
import org.quiztrainer.nlp.Sentence;
import org.quiztrainer.nlp.Token;
import org.quiztrainer.quiz.QuestionType;

/**
 * "Who said “Today's announcement is an affront to the people of Houston”?": a quotation of one
 * sentence, and the person whose verb of saying stands outside its quotation marks. The speaker is
 * a person the article names, directly or through coreference ("he said"); one question a speaker,
 * from the first quotation of a fitting length.
 */
final class Speakers {
  private static final Set<String> SAYING =
      Set.of(
          "say",
          "tell",
          "add",
          "explain",
          "warn",
          "claim",
          "announce",
          "state",
          "write",
          "insist",
          "argue",
          "note",
          "reply",
          "comment",
          "declare",
          "stress");

  private static final int FEWEST_WORDS = 4;
  private static final int MOST_WORDS = 20;

  private final Article article;
  private final Mentions mentions;

  Speakers(Article article, Mentions mentions) {
    this.article = article;
    this.mentions = mentions;
  }

  List<Draft> build() {
    List<Draft> out = new ArrayList<>();
    Set<String> asked = new HashSet<>();
    for (Quote q : article.analysis().quotes()) {
      if (q.sentence() != q.lastSentence()) {
        continue; // a quotation over several sentences is too long to put in a question
      }
      String inner = q.inner().replaceAll("[\\s.,;:]+$", "");
      int words = Draft.words(inner);
      Optional<Sentence> sentence = usable(q.sentence());
      if (words < FEWEST_WORDS
          || words > MOST_WORDS
          || sentence.isEmpty()
          || Resolver.dangles(inner.replaceAll("(?i)\\b(?:I|me|my|we|us|our|you|your)\\b", ""))) {
        // "nobody has looked at these together": what "these" are, only the sentence before
        // says. (A speaker's own "I" and "we" read fine: the question asks who the speaker is.)
        continue;
      }
      Sentence s = sentence.get();
      Optional<String> speaker = speaker(s, q);
      if (speaker.isEmpty() || !asked.add(speaker.get())) {
        continue;
      }
      String prompt = "Who said “" + inner + "”?";
      if (Prompts.mentionsAnswer(prompt, surname(speaker.get()))) {
        continue; // "Who said “I, Kamen, …”?" names its own answer
      }
      List<String> accepted =
          speaker.get().contains(" ") ? List.of(surname(speaker.get())) : List.of();
      out.add(
          new Draft(
              QuestionType.SHORT_ANSWER,
              prompt,
              List.of(),
              speaker.get(),
              accepted,
              s,
              s.begin(),
              s.end(),
              ReadingSkill.QUOTES,
              Kind.QUOTE_SPEAKER,
              "PERSON",
              "main"));
    }
    return out;
  }

  private Optional<Sentence> usable(int index) {
    return article.usable().stream().filter(s -> s.index() == index).findFirst();
  }

  /**
   * The person of a clause "X said …" or "…, said X" whose verb of saying is outside the quotation:
   * the quotation is what they said.
   */
  private Optional<String> speaker(Sentence s, Quote q) {
    if (s.tree() == null) {
      return Optional.empty();
    }
    for (Tree clause : s.tree().subTreeList()) {
      if (!Trees.is(clause, "S", "SINV")) {
        continue;
      }
      Optional<Tree> vp = Trees.firstChild(clause, "VP");
      if (vp.isEmpty()) {
        continue;
      }
      Optional<Token> verb = sayingVerb(vp.get(), s);
      if (verb.isEmpty() || inside(verb.get(), q)) {
        continue;
      }
      for (Tree np : Trees.children(clause, Set.of("NP"))) {
        Optional<Token> head = Trees.headToken(np, s);
        if (head.isPresent() && !inside(head.get(), q)) {
          Optional<String> person = mentions.personName(s, np);
          if (person.isPresent()) {
            return person;
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Token> sayingVerb(Tree vp, Sentence s) {
    for (Tree c : vp.children()) {
      if (c.isPreTerminal() && Trees.category(c).startsWith("VB")) {
        Tree leaf = c.firstChild();
        if (Trees.isOriginal(leaf) && SAYING.contains(s.tokenOf(leaf).lemma())) {
          return Optional.of(s.tokenOf(leaf));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean inside(Token t, Quote q) {
    return t.begin() >= q.begin() && t.end() <= q.end();
  }

  private static String surname(String name) {
    return org.quiztrainer.nlp.PersonNames.family(name);
  }
}
