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
import org.quiztrainer.nlp.Entity;
import org.quiztrainer.nlp.Sentence;
import org.quiztrainer.nlp.Token;
import org.quiztrainer.quiz.QuestionType;

/**
 * Questions that ask for a phrase where it stands: "Tesla made claims about what weapon after
 * studying the Van de Graaff generator?", "ABC's first international activity was broadcasting the
 * coronation of whom?". Wh-movement can't take a phrase out of another noun phrase ("the coronation
 * of Queen Elizabeth II") or out of a clause inside a clause without garbling the question; asked
 * in place, the clause keeps its word order and stays grammatical. Quiz writers use the form for
 * exactly these phrases (SQuAD's own: "Any subcontractor has a direct contractual relationship with
 * who?").
 *
 * <p>Only from the short statements of stage 1, never about the subject (its question is already
 * asked in place), and only for phrases no moved question of the clause asks: the ranker weighs the
 * form by its own feature.
 */
final class InSitu {
  /** A question longer than this asks the reader to hold a whole sentence in mind. */
  private static final int LONGEST = 24;

  private final Resolver resolver;
  private final PhraseTargets phraseTargets;
  private final NameTargets nameTargets;

  InSitu(Mentions mentions, Resolver resolver) {
    this.resolver = resolver;
    this.phraseTargets = new PhraseTargets(mentions);
    this.nameTargets = new NameTargets(mentions);
  }

  /** Questions about the clause's phrases that {@code asked} (the clause's other keys) leaves. */
  List<Draft> build(Clause c, List<Draft> asked) {
    Sentence s = c.sentence();
    List<Draft> out = new ArrayList<>();
    if (c.words() > 3 * LONGEST
        || Phrases.misparsed(c.subject())
        || !finite(c)
        || definiteAlone(s, c.subject())) {
      return out; // "The countries deepen their alignment …": which countries, the question can't
      // say
    }
    Set<String> keys = new java.util.HashSet<>();
    asked.forEach(d -> keys.add(Distractors.normalized(d.answer())));
    Map<Tree, String> names = resolver.resolve(c);
    List<Target> all = new ArrayList<>(phraseTargets.in(c));
    all.addAll(nameTargets.in(c));
    for (Target t : all) {
      if (keys.add(Distractors.normalized(t.key()))) {
        question(c, t, names).ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * A question about one name, date or amount of a sentence that no other question asks about: in
   * place, in the smallest clause of the sentence that holds it, without the clause's asides and
   * the modifiers before its subject that don't hold it.
   */
  Optional<Draft> about(Sentence s, Entity e) {
    Optional<Clause> held = clauseHolding(s, e);
    if (held.isEmpty()) {
      return Optional.empty();
    }
    Clause c = held.get();
    Map<Tree, String> names = resolver.resolve(c);
    for (Target t : nameTargets.in(c)) {
      if (t.key().equals(e.text())) {
        return question(c, t, names);
      }
    }
    for (Tree np : phraseTargets.phrases(c)) {
      Optional<Target> t = phraseTargets.of(s, np);
      boolean titled =
          c.subject().dominates(np) && t.map(x -> x.type().equals("PERSON")).orElse(false);
      if (t.isPresent()
          && !titled
          && !PhraseTargets.partitive(s, np)
          && t.get().key().contains(e.text())
          && Draft.words(t.get().key()) <= 6) {
        return question(c, t.get(), names);
      }
    }
    return Optional.empty();
  }

  /**
   * The smallest clause of the sentence that holds the entity, without its brackets and without the
   * modifiers before its subject that don't hold the entity; none if that clause can't be asked
   * about (no tense, a misparse, a subject only "the countries").
   */
  private Optional<Clause> clauseHolding(Sentence s, Entity e) {
    if (s.tree() == null) {
      return Optional.empty();
    }
    Tree root = Trees.copy(s.tree());
    Trees.removeBrackets(root);
    Tree clause = null;
    for (Tree t : root.subTreeList()) {
      if (Trees.is(t, "S")
          && Clauses.subject(t).isPresent()
          && Clauses.predicate(t).isPresent()
          && holds(t, s, e)
          && (clause == null || clause.dominates(t))) {
        clause = t;
      }
    }
    if (clause == null) {
      return Optional.empty();
    }
    Tree subject = Clauses.subject(clause).orElseThrow();
    for (int i = clause.objectIndexOf(subject) - 1; i >= 0; i--) {
      if (!holds(clause.getChild(i), s, e)) {
        clause.removeChild(i);
      }
    }
    Clause c = new Clause(s, clause, "sentence", Optional.empty());
    if (Phrases.misparsed(c.subject()) || !finite(c) || definiteAlone(s, c.subject())) {
      return Optional.empty();
    }
    return Optional.of(c);
  }

  /**
   * Where no question can be made of a name, date or amount, a fill-in-the-blank of the smallest
   * clause that holds it, shortened to at most 24 words: "Fill in the blank: Tesla received his
   * last patent in _____." Selection keeps blanks to one in five of the list.
   */
  Optional<Draft> blank(Sentence s, Entity e) {
    if (Statements.isSmallNumber(e)) {
      return Optional.empty(); // "in groups of _____": three, or two, or four
    }
    Optional<Clause> held = clauseHolding(s, e);
    if (held.isEmpty()) {
      return Optional.empty();
    }
    Clause c = held.get();
    Set<Tree> keep = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Tree leaf : c.tree().getLeaves()) {
      if (Trees.isOriginal(leaf) && e.covers(s.tokenOf(leaf).index())) {
        keep.add(leaf);
      }
    }
    if (keep.size() != e.end() - e.start()) {
      return Optional.empty();
    }
    Tree anchor = keep.iterator().next().parent(c.tree());
    Set<Tree> skip = Prompts.dropped(c.predicate(), anchor);
    skip.remove(anchor);
    Shortening.shorten(c.tree(), keep, skip, LONGEST - 2);
    Map<Tree, String> words = new IdentityHashMap<>(resolver.resolve(c));
    List<Tree> leaves = Prompts.leaves(c.tree(), skip);
    boolean first = true;
    for (Tree leaf : leaves) {
      if (keep.contains(leaf)) {
        words.put(leaf, first ? "_____" : "");
        first = false;
      }
    }
    if (first) {
      return Optional.empty();
    }
    if (!words.containsKey(leaves.get(0))) {
      String w = Render.word(leaves.get(0), s);
      words.put(leaves.get(0), Prompts.firstWordInside(leaves.get(0), c.tree(), s, w));
    }
    String text =
        Render.capitalized(Statements.trimEnd(Render.leaves(leaves, s, words)).strip()) + ".";
    if (Draft.words(text) > LONGEST
        || Draft.words(text) < 5
        || Prompts.mentionsAnswer(text.replace("_____", ""), e.text())
        || Resolver.dangles(text, resolver.anchored(c))
        || !Wellformed.reads(text)
        || !Wellformed.endsWhole(text)) {
      return Optional.empty();
    }
    return Optional.of(
        c.draft(
            QuestionType.SHORT_ANSWER,
            "Fill in the blank: " + text,
            e.text(),
            List.of(),
            Answers.skillOf(e.type()),
            Kind.CLOZE,
            e.type()));
  }

  /** "the countries", "the team": a thing named before, which the question alone can't say. */
  private static boolean definiteAlone(Sentence s, Tree subject) {
    List<Token> tokens = Trees.tokens(subject, s);
    return tokens.size() == 2
        && Set.of("the", "this", "these", "those", "its", "their")
            .contains(tokens.get(0).text().toLowerCase(Locale.ROOT))
        && tokens.get(1).tag().matches("NNS?");
  }

  /** "with the silver medal going to Poland" has a subject but no tense: no clause to ask. */
  private static boolean finite(Clause c) {
    return Clauses.finiteVerb(c.predicate()).isPresent();
  }

  private static boolean holds(Tree t, Sentence s, Entity e) {
    for (Tree leaf : t.getLeaves()) {
      if (Trees.isOriginal(leaf) && e.covers(s.tokenOf(leaf).index())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The descriptive noun phrases of the clause a reader could supply ("a simple lever"), names and
   * numbers aside: the blanks of a fill-in-the-blank where no question reaches them.
   */
  List<Tree> descriptions(Clause c) {
    List<Tree> out = new ArrayList<>();
    for (Tree np : phraseTargets.phrases(c)) {
      Optional<Target> t = phraseTargets.of(c.sentence(), np);
      if (t.isPresent() && t.get().type().equals("PHRASE") && Draft.words(t.get().key()) <= 4) {
        out.add(np);
      }
    }
    return out;
  }

  private Optional<Draft> question(Clause c, Target t, Map<Tree, String> names) {
    Sentence s = c.sentence();
    Map<Tree, String> words = new IdentityHashMap<>(names);
    List<Tree> leaves = new ArrayList<>();
    boolean first = true;
    // The clause's asides and linking words ("…, during an event where …") leave the question.
    Set<Tree> skip = Prompts.dropped(c.predicate(), t.replaced());
    skip.remove(t.replaced());
    Shortening.shorten(c.tree(), t.leaves(), skip, LONGEST - 2);
    for (Tree leaf : Prompts.leaves(c.tree(), skip)) {
      if (t.leaves().contains(leaf)) {
        if (first) {
          leaves.add(leaf);
          words.put(leaf, whAfter(leaves, t.wh()));
          first = false;
        }
        continue;
      }
      leaves.add(leaf);
    }
    if (!leaves.isEmpty() && !words.containsKey(leaves.get(0))) {
      String w = Render.word(leaves.get(0), s);
      words.put(leaves.get(0), Prompts.firstWordInside(leaves.get(0), c.tree(), s, w));
    }
    String p = Prompts.tidy(Render.capitalized(Render.leaves(leaves, s, words)));
    String wh = whAfter(leaves, t.wh());
    if (p.contains(", " + wh) && p.matches(".*, " + java.util.regex.Pattern.quote(wh) + "[^?]*,.*")
        || Draft.words(p) > LONGEST
        || Draft.words(p) < 4
        || Prompts.mentionsAnswer(p, t.key())
        || Resolver.dangles(p, resolver.anchored(c))
        || !Wellformed.reads(p)) {
      return Optional.empty();
    }
    p = c.withSource(p);
    return Optional.of(
        c.draft(
            t.questionType(),
            p,
            t.key(),
            t.accepted(),
            Answers.skillOf(t.type()),
            Kind.IN_SITU,
            t.type()));
  }

  /** "whom" only after a preposition; "who" elsewhere ("… was broadcasting who?"). */
  private static String whAfter(List<Tree> before, String wh) {
    if (!wh.equals("whom") || before.size() < 2) {
      return wh.equals("whom") ? "who" : wh;
    }
    Tree previous = before.get(before.size() - 2);
    String w = previous.value().toLowerCase(Locale.ROOT);
    return Set.of("with", "to", "by", "for", "from", "of", "about", "against", "on", "at")
            .contains(w)
        ? "whom"
        : "who";
  }
}
