package org.quiztrainer.generate;

import edu.stanford.nlp.trees.Tree;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.quiztrainer.nlp.Sentence;
import org.quiztrainer.nlp.Token;
import org.quiztrainer.quiz.QuestionType;

/**
 * What the article says someone or something is. "Belousov, a former economist, …" gives the
 * statement "Belousov was a former economist"; beside the subject question ("Who was a former
 * economist?") it asks the other way round: "Who was Belousov?", with what the article says of its
 * other people as the wrong answers. Only a name is asked about, and only a description answers:
 * "Who was Belousov? Defence minister Belousov" asks nothing.
 */
final class Definitions {
  private static final Set<String> NAMED =
      Set.of("ORGANIZATION", "COUNTRY", "CITY", "LOCATION", "STATE_OR_PROVINCE");

  private final Mentions mentions;
  private final Phrases phrases;

  Definitions(Mentions mentions) {
    this.mentions = mentions;
    this.phrases = new Phrases(mentions);
  }

  /** "Who was Belousov?" from "Belousov was a former economist", if the clause says that much. */
  Optional<Passives.Question> question(Clause c) {
    Sentence s = c.sentence();
    Tree vp = c.predicate();
    Optional<Tree> verb = Clauses.finiteVerb(vp);
    Optional<Tree> complement = Trees.firstChild(vp, "NP");
    if (verb.isEmpty() || complement.isEmpty() || Trees.firstChild(vp, "VP").isPresent()) {
      return Optional.empty();
    }
    Tree description = complement.get();
    if (!describes(s, description)) {
      return Optional.empty();
    }
    Tree subject = c.subject();
    Optional<String> person = mentions.personName(s, subject);
    String name;
    String wh;
    if (person.isPresent()) {
      name = person.get();
      wh = "Who";
    } else if (NAMED.contains(mentions.type(s, subject)) && Clauses.words(subject) <= 6) {
      name = Answers.keyText(subject, s);
      wh = "What";
    } else {
      return Optional.empty();
    }
    String key = Render.of(description, s);
    if (Resolver.dangles(key) || Prompts.mentionsAnswer(name, key)) {
      return Optional.empty(); // "his brother"; "Belousov, Russia's Belousov"
    }
    String be = Render.word(verb.get().firstChild(), s).toLowerCase(Locale.ROOT);
    String type = person.isPresent() ? "ROLE" : "DESCRIPTION";
    Answer answer =
        new Answer(
            wh.toLowerCase(Locale.ROOT),
            key,
            List.of(),
            type,
            person.isPresent() ? ReadingSkill.PEOPLE : ReadingSkill.DETAILS,
            QuestionType.SHORT_ANSWER,
            description,
            Kind.DEFINITION);
    return Optional.of(new Passives.Question(answer, wh + " " + be + " " + name + "?"));
  }

  /**
   * A description, not a name: a common noun or a title at its head, a few words, nothing that
   * makes it a list or points back.
   */
  private boolean describes(Sentence s, Tree np) {
    int words = Clauses.words(np);
    if (words < 2 || words > 12 || !phrases.usable(s, np)) {
      return false;
    }
    Optional<Token> head = Trees.headToken(np, s);
    if (head.isEmpty()) {
      return false;
    }
    Token h = head.get();
    boolean common = h.tag().startsWith("NN") && !h.tag().startsWith("NNP");
    boolean title = h.ner().equals("TITLE");
    String type = mentions.type(s, np);
    return (common || title) && (type.equals("O") || type.equals("TITLE"));
  }
}
