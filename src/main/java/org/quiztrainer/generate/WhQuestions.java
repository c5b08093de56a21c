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
 */
final class WhQuestions {
  /** A question longer than this is a sentence with a question mark, not a question. */
  private static final int LONGEST = 24;

  private final Answers answers;
  private final Resolver resolver;

  WhQuestions(Answers answers, Resolver resolver) {
    this.answers = answers;
    this.resolver = resolver;
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
    if (isCopula(c)) {
      return out; // "What was Belousov?" asks nothing the subject question doesn't
    }
    Optional<Tree> agent = Passives.agent(vp);
    for (Tree node : Prompts.candidates(vp)) {
      if (agent.isPresent() && node == agent.get()) {
        Passives.question(c, node, answers, names)
            .flatMap(q -> draft(c, q.answer(), q.prompt()))
            .ifPresent(out::add);
        continue;
      }
      Optional<Answer> a =
          Trees.is(node, "PP")
              ? answers.prepositional(s, node)
              : answers.quoted(s, node).or(() -> answers.nounPhrase(s, node, false));
      a.flatMap(x -> objectQuestion(c, x, names)).ifPresent(out::add);
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
  private static boolean isCopula(Clause c) {
    Tree vp = c.predicate();
    Optional<Tree> verb = Clauses.finiteVerb(vp);
    return verb.isPresent()
        && Clauses.BE.contains(verb.get().firstChild().value().toLowerCase(Locale.ROOT))
        && Trees.firstChild(vp, "VP").isEmpty();
  }

  /** "Who replaced Sergei Shoigu as defence minister in May?": the subject asked in place. */
  private Optional<Draft> subjectQuestion(Clause c, Answer a, Map<Tree, String> names) {
    Tree vp = c.predicate();
    List<Tree> kept = Prompts.leaves(vp, Prompts.dropped(vp, a.removed()));
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
    String prompt = Render.capitalized(a.wh()) + " " + Render.leaves(kept, c.sentence(), words);
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
    if (Resolver.dangles(p)
        || Draft.words(p) < (named ? 3 : 4)
        || Prompts.mentionsAnswer(p, a.key())
        || !Wellformed.reads(p)
        || p.matches(".*, (and|but|yet|so|or) .*")
        || Draft.words(p) > LONGEST) {
      return Optional.empty();
    }
    if (a.kind() == Kind.TIME && mentionsADate(c, a)) {
      return Optional.empty(); // "When will Endeavour launch on April 29?" has two answers
    }
    if (c.source().isPresent()) {
      p =
          "According to "
              + c.source().get()
              + ", "
              + p.substring(0, 1).toLowerCase(Locale.ROOT)
              + p.substring(1);
    }
    int[] span = c.span();
    return Optional.of(
        new Draft(
            a.questionType(),
            p,
            List.of(),
            a.key(),
            a.accepted(),
            c.sentence(),
            span[0],
            span[1],
            a.skill(),
            a.kind(),
            a.type(),
            c.origin()));
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
