package org.quiztrainer.generate;

import edu.stanford.nlp.trees.Tree;
import java.util.ArrayList;
import java.util.Collections;
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
  /** Words that tie a clause to the one before it; a question reads better without them. */
  private static final Set<String> LINKING =
      Set.of("also", "too", "further", "meanwhile", "however", "still", "already", "then", "now");

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
    for (Tree node : candidates(vp)) {
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

  private static boolean endsOnModifier(List<Tree> leaves, Tree root) {
    for (int i = leaves.size() - 1; i >= 0; i--) {
      String tag = Trees.tagOf(leaves.get(i), root);
      if (tag.equals(".") || tag.equals(",") || tag.equals("''")) {
        continue;
      }
      return Set.of("JJ", "JJS", "JJR", "DT", "PRP$", "POS", "CC").contains(tag);
    }
    return false;
  }

  /** A subject question never ends on a preposition: nothing was moved out from after it. */
  private static boolean endsOnPreposition(List<Tree> leaves, Tree root) {
    for (int i = leaves.size() - 1; i >= 0; i--) {
      String tag = Trees.tagOf(leaves.get(i), root);
      if (tag.equals(".") || tag.equals(",")) {
        continue;
      }
      return tag.equals("IN") || tag.equals("TO") || tag.equals("RP");
    }
    return false;
  }

  private static boolean quotes(List<Tree> leaves) {
    for (Tree leaf : leaves) {
      if (Set.of("“", "\"", "``").contains(leaf.value())) {
        return true;
      }
    }
    return false;
  }

  /** True if a date is left in the question beside the one it asks for. */
  private boolean mentionsADate(Clause c, Answer a) {
    for (Tree leaf : leaves(c.tree(), Set.of())) {
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
    List<Tree> kept = leaves(vp, dropped(vp, a.removed()));
    if (endsOnModifier(kept, c.tree()) || endsOnPreposition(kept, c.tree())) {
      return Optional.empty(); // "What is the world's most prevalent?": the noun went missing
    }
    if (isCopula(c) && kept.size() <= 2) {
      return Optional.empty(); // "Which organisation is players?": a parser's mistake
    }
    if (quotes(kept)) {
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
    Set<Tree> skip = dropped(vp, a.removed());
    if (auxiliary) {
      aux = Render.word(verb.firstChild(), s);
      skip.add(verb);
    } else {
      aux = Trees.is(verb, "VBD") ? "did" : Trees.is(verb, "VBZ") ? "does" : "do";
      words.put(verb.firstChild(), lemma);
    }
    String subject = subjectText(c, names);
    String rest = Render.leaves(leaves(vp, skip), s, words);
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
    String p = tidy(prompt);
    boolean named = !Set.of("PHRASE", "GROUP", "O").contains(a.type());
    if (Resolver.dangles(p)
        || Draft.words(p) < (named ? 3 : 4)
        || mentionsAnswer(p, a.key())
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

  /** The places an answer can be moved from: objects and adjuncts of the verb phrase chain. */
  static List<Tree> candidates(Tree vp) {
    List<Tree> out = new ArrayList<>();
    walk(vp, out, 0);
    return out;
  }

  private static void walk(Tree vp, List<Tree> out, int depth) {
    if (depth > 4) {
      return;
    }
    for (Tree c : vp.children()) {
      if (Trees.is(c, "NP")) {
        out.add(c);
      } else if (Trees.is(c, "PP")) {
        out.add(c);
        Trees.firstChild(c, "S")
            .flatMap(s -> Trees.firstChild(s, "VP"))
            .ifPresent(inner -> walk(inner, out, depth + 1));
      } else if (Trees.is(c, "VP")) {
        walk(c, out, depth + 1);
      } else if (Trees.is(c, "S") && Clauses.subject(c).isEmpty()) {
        Trees.firstChild(c, "VP").ifPresent(inner -> walk(inner, out, depth + 1));
      }
    }
  }

  /**
   * What a question leaves out: the answer, and linking words and trailing "as"/"because" clauses
   * that don't hold it.
   */
  static Set<Tree> dropped(Tree vp, Tree answer) {
    Set<Tree> skip = Collections.newSetFromMap(new IdentityHashMap<>());
    if (answer != null) {
      skip.add(answer);
    }
    for (Tree t : vp.subTreeList()) {
      if (answer != null && (t == answer || t.dominates(answer))) {
        continue;
      }
      if (Trees.is(t, "ADVP") && LINKING.contains(Trees.firstWord(t)) && t.numChildren() == 1) {
        skip.add(t);
      } else if (Trees.is(t, "SBAR", "PRN") && t.parent(vp) != null) {
        String first = Trees.firstWord(t);
        if (Set.of("as", "because", "while", "whereas", "so").contains(first)
            || Trees.is(t, "PRN")
            || Trees.is(t.firstChild(), "WHNP")) {
          skip.add(t); // a relative clause is asked about on its own
        }
      } else if (Trees.is(t, "PP") && Set.of("including", "such").contains(Trees.firstWord(t))) {
        skip.add(t);
      } else if (Trees.is(t, "PP") && Causes.isCausePhrase(t)) {
        skip.add(t); // asked about by the why question
      } else if (Trees.is(t, "VP") && Trees.is(t.firstChild(), "VBN")) {
        Tree parent = t.parent(vp);
        if (parent != null && Trees.is(parent, "NP")) {
          skip.add(t); // "a red carpet laid out at an airport": the carpet is enough
        }
      }
    }
    return skip;
  }

  /** What a statement of the clause leaves out: linking words and asides. */
  static Set<Tree> dropped(Tree vp) {
    return dropped(vp, null);
  }

  static List<Tree> leaves(Tree t, Set<Tree> skip) {
    List<Tree> out = new ArrayList<>();
    collect(t, skip, out);
    return out;
  }

  private static void collect(Tree t, Set<Tree> skip, List<Tree> out) {
    if (skip.contains(t)) {
      return;
    }
    if (t.isLeaf()) {
      out.add(t);
      return;
    }
    for (Tree c : t.children()) {
      collect(c, skip, out);
    }
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

  /** The subject as it reads after a question word: "the countries", not "The countries". */
  static String subjectText(Clause c, Map<Tree, String> names) {
    Sentence s = c.sentence();
    List<Tree> leaves = c.subject().getLeaves();
    Map<Tree, String> words = new IdentityHashMap<>(names);
    if (!leaves.isEmpty()) {
      Tree first = leaves.get(0);
      String w = Render.word(first, s);
      if (!words.containsKey(first)) {
        words.put(first, firstWordInside(first, c.tree(), s, w));
      }
    }
    return Render.leaves(leaves, s, words);
  }

  /**
   * Lower case for a common word that only had a capital because it began the sentence; title case
   * for a word the article wrote in capitals ("RUSSIAN"); names stay as they are.
   */
  static String firstWordInside(Tree leaf, Tree root, Sentence s, String w) {
    String tag = Trees.tagOf(leaf, root);
    if (w.length() > 4 && w.equals(w.toUpperCase(Locale.ROOT))) {
      return w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
    }
    boolean entity = Trees.isOriginal(leaf) && s.tokenOf(leaf).isEntity();
    if (tag.startsWith("NNP") || entity || w.equals("I")) {
      return w;
    }
    return w.toLowerCase(Locale.ROOT);
  }

  static String tidy(String prompt) {
    String p = prompt.strip().replaceAll("\\s+", " ");
    p = p.replaceAll("[\\s,;:—–\"“”‘`-]+$", "");
    p = p.replaceAll("[.!?]+$", "");
    p = p.replace(" ,", ",");
    return p + "?";
  }

  /**
   * The key's own words in the question would give it away, and so would a form of them: "North
   * Korean leaders" gives away "North Korea", "Italian" gives away "Italy".
   */
  static boolean mentionsAnswer(String prompt, String key) {
    String p = " " + prompt.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
    String k = key.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    if (k.isEmpty()) {
      return false;
    }
    if (p.contains(" " + k + " ")) {
      return true;
    }
    // A name's stem before its ending: "korea" in "korean", "ital" in "italian".
    String[] words = k.split(" ");
    String last = words[words.length - 1];
    if (last.length() >= 5 && Character.isLetter(last.charAt(0))) {
      String stem = String.join(" ", java.util.Arrays.copyOf(words, words.length - 1));
      String root =
          last.substring(0, last.length() - (last.endsWith("y") || last.endsWith("a") ? 1 : 0));
      String prefix = stem.isEmpty() ? " " + root : " " + stem + " " + root;
      int at = p.indexOf(prefix);
      return at >= 0 && !p.startsWith(" " + k + " ", at);
    }
    return false;
  }
}
