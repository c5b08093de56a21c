package org.quiztrainer.generate;

import edu.stanford.nlp.trees.Tree;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quiztrainer.nlp.Sentence;

/**
 * A statement in the other voice, so that a true/false statement is not the article's sentence
 * copied: "Belousov replaced Sergei Shoigu as defence minister in May" is "Sergei Shoigu was
 * replaced by Belousov as defence minister in May", and "The delegation was led by Rustem Umerov"
 * is "Rustem Umerov led the delegation". A student has to read the meaning, not match the words.
 */
final class Voices {
  /** Verbs whose object is not something done to: "have", "become", "cost" have no passive. */
  private static final Set<String> NO_PASSIVE =
      Set.of(
          "be",
          "have",
          "become",
          "seem",
          "cost",
          "weigh",
          "lack",
          "resemble",
          "fit",
          "suit",
          "get",
          "mean",
          "remain",
          "stay",
          "take",
          "make",
          "do",
          "say",
          "tell",
          "face",
          "meet",
          "play",
          "put",
          "marry",
          "attend",
          "enter",
          "leave",
          "reach",
          "join",
          "defeat",
          "beat",
          "include",
          "contain",
          "involve",
          "comprise",
          "feature");

  /** Objects that are amounts or times, not things done to: "launches June 28". */
  private static final Set<String> AMOUNTS =
      Set.of("DATE", "TIME", "DURATION", "NUMBER", "MONEY", "PERCENT", "SET", "ORDINAL");

  private final Mentions mentions;
  private final Answers answers;

  Voices(Mentions mentions) {
    this.mentions = mentions;
    this.answers = new Answers(mentions);
  }

  /** The clause in the other voice, pronouns named as {@code names} says, if it has one. */
  Optional<String> other(Clause c, Map<Tree, String> names) {
    Optional<Tree> agent = Passives.agent(c.predicate());
    if (agent.isPresent() && c.origin().equals("conjunct")) {
      return Optional.empty(); // "Korea substituted Park and was replaced by Kim": whose verb?
    }
    if (agent.isPresent()) {
      return Passives.question(c, agent.get(), answers, names)
          .filter(q -> q.answer().type().equals("PERSON") || !q.answer().wh().equals("who"))
          .map(q -> (q.answer().key() + q.prompt().substring(q.answer().wh().length())).strip());
    }
    return passive(c, names);
  }

  /** "Belousov replaced Sergei Shoigu …" as "Sergei Shoigu was replaced by Belousov …". */
  private Optional<String> passive(Clause c, Map<Tree, String> names) {
    Sentence s = c.sentence();
    Tree vp = c.predicate();
    Tree[] kids = vp.children();
    if (kids.length < 2 || !kids[0].isPreTerminal() || !Trees.is(kids[1], "NP")) {
      return Optional.empty();
    }
    Tree verb = kids[0];
    Tree object = kids[1];
    if (!Trees.is(verb, "VBD", "VBZ", "VBP") || !Trees.isOriginal(verb.firstChild())) {
      return Optional.empty();
    }
    String lemma = s.tokenOf(verb.firstChild()).lemma().toLowerCase(Locale.ROOT);
    if (NO_PASSIVE.contains(lemma)
        || Mentions.isPronoun(object)
        || Mentions.isPronoun(c.subject())
        || Clauses.words(object) > 8
        || Trees.is(object.firstChild(), "QP", "CD")
        || AMOUNTS.contains(mentions.type(s, object))) {
      return Optional.empty(); // "He spent ten days": amounts and pronouns read badly turned round
    }
    for (int i = 2; i < kids.length; i++) {
      // After the object only where and when: "put effort into landing a shuttle" turned round
      // strands its "into" ("effort was put by the museum into landing …").
      boolean adjunct =
          Trees.is(kids[i], "PP") && whereOrWhen(s, kids[i])
              || Trees.is(kids[i], ".", ",")
              || Trees.is(kids[i], "NP") && AMOUNTS.contains(mentions.type(s, kids[i]));
      if (!adjunct) {
        return Optional.empty();
      }
    }
    if (Trees.tokens(object, s).stream().anyMatch(t -> t.tag().equals("CD"))) {
      return Optional.empty(); // "Panama 3 – 0 were defeated": a score is no part of a team
    }
    if (Trees.tokens(object, s).stream().anyMatch(t -> t.tag().equals("PRP$"))
        && !names.keySet().stream().anyMatch(object::dominates)) {
      return Optional.empty(); // "Its first broadcasts were begun by the network": "its" first
    }
    boolean past = Trees.is(verb, "VBD");
    Map<Tree, String> words = new IdentityHashMap<>(names);
    String patient = Render.leaves(object.getLeaves(), s, words);
    String agentText = Render.leaves(c.subject().getLeaves(), s, words);
    Set<Tree> skip = Prompts.dropped(vp, object);
    skip.add(verb);
    String rest = Render.leaves(Prompts.leaves(vp, skip), s, words);
    String be = Clauses.be(past, Clauses.isPlural(object));
    String out =
        patient
            + " "
            + be
            + " "
            + Inflection.participle(lemma)
            + " by "
            + lowerCommon(agentText, c)
            + (rest.isBlank() ? "" : " " + rest);
    return Optional.of(out);
  }

  /** "in May", "at a Pyongyang airport", "after the talks": not "in power". */
  private boolean whereOrWhen(Sentence s, Tree pp) {
    String prep = Trees.firstWord(pp);
    if (Set.of("during", "after", "before", "since").contains(prep)) {
      return true;
    }
    Optional<Tree> np = Trees.firstChild(pp, "NP");
    if (!Set.of("in", "at", "on").contains(prep) || np.isEmpty()) {
      return false;
    }
    String type = mentions.type(s, np.get());
    return Set.of("DATE", "TIME", "COUNTRY", "CITY", "LOCATION", "STATE_OR_PROVINCE")
        .contains(type);
  }

  /** "The countries" after "by" reads "the countries"; names keep their capitals. */
  private static String lowerCommon(String text, Clause c) {
    List<Tree> leaves = c.subject().getLeaves();
    if (leaves.isEmpty()) {
      return text;
    }
    String first = Render.word(leaves.get(0), c.sentence());
    String w = Prompts.firstWordInside(leaves.get(0), c.tree(), c.sentence(), first);
    return text.startsWith(first) ? w + text.substring(first.length()) : text;
  }
}
