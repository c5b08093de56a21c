package org.quiztrainer.generate;

import edu.stanford.nlp.trees.Tree;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quiztrainer.nlp.Sentence;
import org.quiztrainer.nlp.Token;

/**
 * Questions about who did what a passive clause says was done: "the delegation was led by Rustem
 * Umerov" asks "Who led the delegation?", in the active voice, not "By whom was …".
 */
final class Passives {
  /** The question words and the prompt for a passive's agent. */
  record Question(Answer answer, String prompt) {}

  private Passives() {}

  /** True if the verb phrase is passive: a form of "be" and then a past participle. */
  static boolean isPassive(Tree vp) {
    return participle(vp).isPresent();
  }

  /** The "by" phrase of a passive verb phrase ("was led by Rustem Umerov"), if it has one. */
  static Optional<Tree> agent(Tree vp) {
    return participle(vp)
        .flatMap(
            phrase -> {
              for (Tree c : phrase.children()) {
                if (Trees.is(c, "PP") && Trees.firstWord(c).equals("by")) {
                  return Trees.firstChild(c, "NP").map(np -> c);
                }
              }
              return Optional.empty();
            });
  }

  /** The verb phrase of the past participle after a form of "be" ("led by Umerov"), if any. */
  private static Optional<Tree> participle(Tree vp) {
    boolean be = false;
    for (Tree phrase : Clauses.verbPhrases(vp)) {
      Tree first = phrase.firstChild();
      if (first != null && first.isPreTerminal()) {
        String w = first.firstChild().value().toLowerCase(Locale.ROOT);
        if (Clauses.BE.contains(w)) {
          be = true;
        } else if (be && Trees.is(first, "VBN")) {
          return Optional.of(phrase);
        }
      }
    }
    return Optional.empty();
  }

  static Optional<Question> question(
      Clause c, Tree byPhrase, Answers answers, Map<Tree, String> names) {
    Sentence s = c.sentence();
    Tree agent = Trees.firstChild(byPhrase, "NP").orElseThrow();
    Optional<Answer> asked = answers.nounPhrase(s, agent, true);
    List<Tree> chain = Clauses.verbPhrases(c.predicate());
    Tree participlePhrase = null;
    for (Tree phrase : chain) {
      if (phrase.dominates(byPhrase) && Trees.is(phrase.firstChild(), "VBN")) {
        participlePhrase = phrase;
      }
    }
    if (asked.isEmpty() || participlePhrase == null) {
      return Optional.empty();
    }
    Tree participle = participlePhrase.firstChild();
    if (!Trees.isOriginal(participle.firstChild())) {
      return Optional.empty();
    }
    Token verb = s.tokenOf(participle.firstChild());
    String form = activeForm(c, verb.lemma());
    Set<Tree> skip = Prompts.dropped(participlePhrase, byPhrase);
    skip.add(participle);
    Map<Tree, String> words = new IdentityHashMap<>(names);
    String patient = Prompts.subjectText(c, names);
    String rest = Render.leaves(Prompts.leaves(participlePhrase, skip), s, words);
    Answer a = asked.get();
    Answer agentAnswer =
        new Answer(
            a.wh().equals("whom") ? "who" : a.wh(),
            a.key(),
            a.accepted(),
            a.type(),
            a.skill(),
            a.questionType(),
            byPhrase,
            Kind.AGENT);
    String prompt = Render.capitalized(agentAnswer.wh()) + " " + form + " " + patient + " " + rest;
    return Optional.of(new Question(agentAnswer, prompt));
  }

  /** "was led" is "led"; "has been given" is "has given"; "will be sent" is "will send". */
  private static String activeForm(Clause c, String lemma) {
    Tree finite = Clauses.finiteVerb(c.predicate()).orElse(null);
    if (finite == null) {
      return Inflection.past(lemma);
    }
    String w = finite.firstChild().value().toLowerCase(Locale.ROOT);
    if (Trees.is(finite, "MD")) {
      return w + " " + lemma;
    }
    if (Clauses.HAVE.contains(w)) {
      return "has " + Inflection.participle(lemma);
    }
    if (w.equals("is") || w.equals("are") || w.equals("am")) {
      return Inflection.thirdPerson(lemma);
    }
    return Inflection.past(lemma);
  }
}
