package org.quiztrainer.generate;

import edu.stanford.nlp.trees.Tree;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quiztrainer.nlp.Sentence;

/**
 * Heilman and Smith's stage 2: a question from a clause by wh-movement. The answer phrase leaves
 * its place, the question words go in front, and the subject and the auxiliary change places, with
 * "do" brought in when there is no auxiliary: "Belousov replaced Sergei Shoigu as defence minister
 * in May" gives "Who replaced …?", "Whom did Belousov replace as defence minister in May?" and
 * "When did Belousov replace Sergei Shoigu as defence minister?".
 *
 * <p>A little over 250 lines: subject, object and passive questions share the checks on the prompt,
 * which read best beside them.
 */
final class WhQuestions {
  /** A question longer than this is a sentence with a question mark, not a question. */
  private static final int LONGEST = 24;

  /**
   * "What did the garrison return with, with proceeds to …?": a preposition left behind right
   * before a comma strands what the article said after it.
   */
  private static final java.util.regex.Pattern STRANDED_BEFORE_A_PAUSE =
      java.util.regex.Pattern.compile(
          " (?:on|for|with|about|into|from|to|against|over|through|at|by|onto|toward|towards"
              + "|alongside|beside|behind|near|as|of|in),");

  /** "from there", "back then": a place or time only the article's sentence before says. */
  private static final java.util.regex.Pattern DEICTIC =
      java.util.regex.Pattern.compile(
          "(?i)\\b(?:(?:from|in|to|out|over|up|back) (?:there|then)"
              + "|(?:is|are|was|were|be|been) there(?! (?:is|are|was|were)\\b))\\b");

  private final Answers answers;
  private final Resolver resolver;
  private final Definitions definitions;

  WhQuestions(Answers answers, Resolver resolver, Definitions definitions) {
    this.answers = answers;
    this.resolver = resolver;
    this.definitions = definitions;
  }

  List<Draft> build(Clause c) {
    Map<Tree, String> names = resolver.resolve(c);
    Sentence s = c.sentence();
    Tree vp = c.predicate();
    List<Draft> out = new ArrayList<>();
    answers
        .nounPhrase(s, c.subject(), true)
        .flatMap(a -> subjectQuestion(c, a, names))
        .ifPresent(out::add);
    for (Tree node : Causes.candidates(vp)) {
      Causes.answer(s, node).flatMap(a -> objectQuestion(c, a, names)).ifPresent(out::add);
    }
    if (Phrases.misparsed(c.subject())) {
      return List.of(); // "the scientists found reduction of crop yields" is no subject
    }
    if (Phrases.vaguelyQuantified(s, c.subject())) {
      return out; // "What did other charitable groups include?": about nothing in particular
    }
    boolean copula = isCopula(c);
    if (copula) {
      definitions.question(c).flatMap(a -> draft(c, a.answer(), a.prompt())).ifPresent(out::add);
    }
    Optional<Tree> agent = Passives.agent(vp);
    for (Tree node : Prompts.candidates(vp)) {
      if (copula && node.parent(c.tree()) == vp && Trees.is(node, "NP")) {
        continue; // what follows "be" is asked by the subject question, the other way round
      }
      if (agent.isPresent() && node == agent.get()) {
        if (c.origin().equals("conjunct")) {
          // "Korea substituted Park and was replaced by Kim": the second verb's subject is often
          // not the first's ("Who replaced Korea?").
          continue;
        }
        Passives.question(c, node, answers, names)
            .flatMap(q -> draft(c, q.answer(), q.prompt()))
            .ifPresent(out::add);
        continue;
      }
      if (Means.isMeans(node)) {
        Means.answer(s, node).flatMap(x -> objectQuestion(c, x, names)).ifPresent(out::add);
        continue;
      }
      Optional<Answer> a =
          Trees.is(node, "PP")
              ? answers.prepositional(s, node)
              : answers.quoted(s, node).or(() -> answers.nounPhrase(s, node, false));
      a.flatMap(x -> objectQuestion(c, x, names)).ifPresent(out::add);
      Years.before(s, node).flatMap(x -> objectQuestion(c, x, names)).ifPresent(out::add);
    }
    return out;
  }

  /** True if a date is left in the question beside the one it asks for. */
  private boolean mentionsADate(Clause c, Answer a) {
    for (Tree leaf : Prompts.leaves(c.tree(), Set.of())) {
      if (Trees.isOriginal(leaf) && !a.removed().dominates(leaf)) {
        String ner = c.sentence().tokenOf(leaf).ner();
        if (ner.equals("DATE") || ner.equals("TIME")) {
          return true;
        }
      }
    }
    return false;
  }

  /** "Belousov was a former economist": a clause whose verb is "be" with no verb after it. */
  static boolean isCopula(Clause c) {
    Tree vp = c.predicate();
    Optional<Tree> verb = Clauses.finiteVerb(vp);
    return verb.isPresent()
        && Clauses.BE.contains(verb.get().firstChild().value().toLowerCase(Locale.ROOT))
        && Trees.firstChild(vp, "VP").isEmpty();
  }

  /** "Who replaced Sergei Shoigu as defence minister in May?": the subject asked in place. */
  private Optional<Draft> subjectQuestion(Clause c, Answer a, Map<Tree, String> names) {
    Tree vp = c.predicate();
    Set<Tree> dropped = Prompts.dropped(vp, a.removed());
    Shortening.shorten(vp, Set.of(), dropped, LONGEST - 2);
    List<Tree> kept = Prompts.leaves(vp, dropped);
    if (Prompts.endsOnModifier(kept, c.tree()) || Prompts.endsOnPreposition(kept, c.tree())) {
      return Optional.empty(); // "What is the world's most prevalent?": the noun went missing
    }
    if (isCopula(c) && kept.size() <= 2) {
      return Optional.empty(); // "Which organisation is players?": a parser's mistake
    }
    if (Prompts.quotes(kept)) {
      return Optional.empty(); // "What read: “Complete support …”?" asks about the wrong thing
    }
    Map<Tree, String> words = new IdentityHashMap<>(names);
    Optional<Tree> finite = Clauses.finiteVerb(vp);
    if (finite.isPresent() && !a.kind().equals(Kind.HOW_MANY)) {
      singular(c.sentence(), finite.get(), words);
    }
    // "What is the prototype orbiter?": after "be", the description says what kind of thing it
    // is; the entity model's guess ("Which organisation is …") can only be wrong.
    String wh = isCopula(c) && a.wh().equals("which organisation") ? "what" : a.wh();
    String prompt = Render.capitalized(wh) + " " + Render.leaves(kept, c.sentence(), words);
    return draft(c, a, prompt);
  }

  /**
   * "Whom did Belousov replace as defence minister in May?": the answer leaves, the question words
   * go first, and the auxiliary (or a "do") goes before the subject.
   */
  Optional<Draft> objectQuestion(Clause c, Answer a, Map<Tree, String> names) {
    Sentence s = c.sentence();
    Tree vp = c.predicate();
    Optional<Tree> finite = Clauses.finiteVerb(vp);
    if (finite.isEmpty()) {
      return Optional.empty();
    }
    Tree verb = finite.get();
    if (afterAPassive(c, a)) {
      return Optional.empty(); // "How many orbiters would the locations be given?"
    }
    String lemma = Trees.lemma(verb.firstChild(), s);
    boolean auxiliary =
        Trees.is(verb, "MD")
            || lemma.equals("be")
            || (Clauses.HAVE.contains(lemma) || Clauses.DO.contains(lemma) || lemma.equals("do"))
                && Trees.firstChild(vp, "VP").isPresent();
    String aux;
    Map<Tree, String> words = new IdentityHashMap<>(names);
    Set<Tree> skip = Prompts.dropped(vp, a.removed());
    if (auxiliary) {
      aux = Render.word(verb.firstChild(), s);
      skip.add(verb);
    } else {
      aux = Trees.is(verb, "VBD") ? "did" : Trees.is(verb, "VBZ") ? "does" : "do";
      words.put(verb.firstChild(), lemma);
    }
    String subject = Prompts.subjectText(c, names);
    Set<Tree> keep = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    keep.add(verb);
    keep.add(a.removed());
    Shortening.shorten(vp, keep, skip, LONGEST - 2 - Draft.words(subject));
    String rest = Render.leaves(Prompts.leaves(vp, skip), s, words);
    String prompt =
        Render.capitalized(a.wh())
            + " "
            + aux.toLowerCase(Locale.ROOT)
            + " "
            + subject
            + " "
            + rest;
    return draft(c, a, prompt);
  }

  private Optional<Draft> draft(Clause c, Answer a, String prompt) {
    String p = Prompts.tidy(prompt);
    boolean named = !Set.of("PHRASE", "GROUP", "O").contains(a.type());
    if (Resolver.dangles(p, resolver.anchored(c))
        || STRANDED_BEFORE_A_PAUSE.matcher(p).find()
        || DEICTIC.matcher(p).find()
        || Draft.words(p) < (named ? 3 : 4)
        || Prompts.mentionsAnswer(p, a.key())
        || !Wellformed.reads(strandedAs(c, a) ? p.replaceFirst(" as\\?$", "?") : p)
        || p.matches(".*, (and|but|yet|so|or) .*")
        || Draft.words(p) > LONGEST) {
      return Optional.empty();
    }
    if (a.kind() == Kind.TIME && mentionsADate(c, a)) {
      return Optional.empty(); // "When will Endeavour launch on April 29?" has two answers
    }
    p = c.withSource(p);
    return Optional.of(
        c.draft(a.questionType(), p, a.key(), a.accepted(), a.skill(), a.kind(), a.type()));
  }

  /** "What did Tesla work as?": the one question allowed to end on "as". */
  private static boolean strandedAs(Clause c, Answer a) {
    Tree parent = a.removed().parent(c.tree());
    return parent != null && Trees.is(parent, "PP") && Trees.firstWord(parent).equals("as");
  }

  /** True if the answer is a noun phrase right after a passive participle ("be given X"). */
  private static boolean afterAPassive(Clause c, Answer a) {
    Tree parent = a.removed().parent(c.tree());
    if (parent == null || !Trees.is(parent, "VP") || !Trees.is(a.removed(), "NP")) {
      return false;
    }
    int at = parent.objectIndexOf(a.removed());
    boolean afterParticiple = at > 0 && Trees.is(parent.getChild(at - 1), "VBN");
    return afterParticiple && Passives.isPassive(c.predicate());
  }

  /** "Who have said …" reads "Who has said …": a question word takes a singular verb. */
  private static void singular(Sentence s, Tree verb, Map<Tree, String> words) {
    Tree leaf = verb.firstChild();
    String w = leaf.value().toLowerCase(Locale.ROOT);
    if (w.equals("were")) {
      words.put(leaf, "was");
    } else if (w.equals("are")) {
      words.put(leaf, "is");
    } else if (Trees.is(verb, "VBP") && Trees.isOriginal(leaf)) {
      words.put(leaf, Inflection.thirdPerson(s.tokenOf(leaf).lemma()));
    }
  }
}
