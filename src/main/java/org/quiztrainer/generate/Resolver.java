package org.quiztrainer.generate;

import edu.stanford.nlp.trees.Tree;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quiztrainer.nlp.Referent;
import org.quiztrainer.nlp.Sentence;
import org.quiztrainer.nlp.Token;

/**
 * Puts names where a clause has pronouns, so that a question makes sense on its own: "he" becomes
 * "Kim Jong-un" and "its troops" "North Korea's troops", as coreference says. A pronoun whose
 * entity the clause itself names first is left alone ("the United States and its allies"). A clause
 * with a pronoun nobody can resolve is not asked about.
 */
final class Resolver {
  private static final Set<String> PERSONAL =
      Set.of("he", "she", "they", "him", "her", "them", "it");
  private static final Set<String> POSSESSIVE = Set.of("his", "her", "its", "their");
  private static final Set<String> DANGLING =
      Set.of(
          "he", "she", "they", "him", "them", "it", "his", "its", "their", "this", "these", "we",
          "us", "our", "i", "me", "my", "you", "your");

  private static final java.util.regex.Pattern NOT_A_WORD =
      java.util.regex.Pattern.compile("[^\\p{L}']+");

  private final Mentions mentions;

  Resolver(Mentions mentions) {
    this.mentions = mentions;
  }

  /** What the clause's pronouns become: names for some, and the ones that read fine as they are. */
  record Resolution(Map<Tree, String> names, List<String> anchored) {}

  /**
   * The names to write instead of the clause's pronouns (leaf to text). A pronoun that can't be
   * resolved is left, and a question that shows it is not asked ({@link #dangles}).
   */
  Map<Tree, String> resolve(Clause c) {
    return resolution(c).names();
  }

  /**
   * The pronouns whose entity the clause names before them ("Tesla severed all relations with his
   * family"): they read fine as they are, also when the name they follow becomes the question word
   * ("Who severed all relations with his family?").
   */
  List<String> anchored(Clause c) {
    return resolution(c).anchored();
  }

  private Resolution resolution(Clause c) {
    Tree tree = c.tree();
    Sentence s = c.sentence();
    Map<Tree, String> names = new IdentityHashMap<>();
    List<String> anchored = new ArrayList<>();
    // "According to Cres Eastman, authorities are reacting slowly to his calls": the source is
    // named first, so "his" stays "his".
    StringBuilder before =
        new StringBuilder(c.source().map(x -> " " + x.toLowerCase(Locale.ROOT)).orElse(""));
    for (Tree leaf : tree.getLeaves()) {
      String word = leaf.value().toLowerCase(Locale.ROOT);
      Tree pre = leaf.parent(tree);
      if (pre == null || !Trees.isOriginal(leaf) || inQuote(s, leaf)) {
        before.append(' ').append(word);
        continue;
      }
      String tag = Trees.category(pre);
      boolean personal = tag.equals("PRP") && PERSONAL.contains(word);
      boolean possessive = tag.equals("PRP$") && POSSESSIVE.contains(word);
      if (personal || possessive) {
        Optional<Referent> r =
            mentions.analysis().coreference().of(s.index(), s.tokenOf(leaf).index());
        if (r.isEmpty() && !c.subject().dominates(leaf) && agreesWithSubject(c, word)) {
          anchored.add(word);
          before.append(' ').append(word);
          continue; // "Teachers are good at creating relations with their students"
        }
        if (r.isEmpty() && PERSON_PRONOUNS.contains(word)) {
          r = onlyPersonBefore(s, s.tokenOf(leaf).index());
        }
        if (r.isPresent() && named(before, r.get().name())) {
          anchored.add(word);
          before.append(' ').append(word);
          continue; // named earlier in this clause: the pronoun reads fine
        }
        if (r.isEmpty() || r.get().name().isBlank() || rivalSubject(c, leaf, word, r.get())) {
          before.append(' ').append(word);
          continue; // left as it is: a question that shows it is not asked (dangles)
        }
        String name = r.get().name();
        names.put(leaf, possessive ? name + (name.endsWith("s") ? "’" : "’s") : name);
        before.append(' ').append(name.toLowerCase(Locale.ROOT));
        continue;
      }
      before.append(' ').append(word);
    }
    return new Resolution(names, List.copyOf(anchored));
  }

  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "him", "his", "she", "her");

  /**
   * A possessive after the subject that coreference left alone, of the subject's number and kind:
   * the subject's own ("Tesla severed all relations with his family").
   */
  private boolean agreesWithSubject(Clause c, String pronoun) {
    if (!POSSESSIVE.contains(pronoun) || Mentions.isPronoun(c.subject())) {
      return false;
    }
    Sentence s = c.sentence();
    boolean plural = Clauses.isPlural(c.subject());
    boolean person =
        mentions.type(s, c.subject()).equals("PERSON")
            || mentions.personName(s, c.subject()).isPresent();
    // "Westinghouse explained his financial difficulties": a name the entity model took for a
    // company is a person's when "his" follows.
    boolean name = Trees.headToken(c.subject(), s).map(t -> t.tag().equals("NNP")).orElse(false);
    return pronoun.equals("their")
        ? plural
        : pronoun.equals("its") ? !plural && !person : !plural && (person || name);
  }

  /**
   * "He produced artificial lightning" after sentences about Tesla alone, where coreference found
   * no chain: "he" is the one person the text last named, if the sentence that named them named
   * nobody else and nobody is named between them and the pronoun.
   */
  private Optional<Referent> onlyPersonBefore(Sentence s, int token) {
    var analysis = mentions.analysis();
    for (int i = s.index(); i >= 0 && i >= s.index() - 3; i--) {
      Set<String> people = new java.util.LinkedHashSet<>();
      String last = null;
      for (var e : analysis.entitiesIn(i)) {
        if (e.type().equals("PERSON") && (i < s.index() || e.end() <= token)) {
          people.add(org.quiztrainer.nlp.PersonNames.family(e.text()));
          last = e.text();
        }
      }
      if (people.size() > 1) {
        return Optional.empty();
      }
      if (last != null) {
        return Optional.of(new Referent(last, "PERSON"));
      }
    }
    return Optional.empty();
  }

  private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "their");

  /**
   * "Space Shuttle Challenger was lost when it exploded": coreference said "it" was Columbia, but
   * the clause's own subject fits the pronoun as well. When the subject is someone or something
   * else of the pronoun's kind, which one is meant is a guess, and a wrong name in a question is
   * worse than no question: the pronoun is left, and the question is not asked.
   */
  private boolean rivalSubject(Clause c, Tree leaf, String pronoun, Referent r) {
    Sentence s = c.sentence();
    Tree subject = c.subject();
    if (subject.dominates(leaf)) {
      // The pronoun is this clause's subject: its rival is the sentence's own subject, in "when
      // it exploded" of "Challenger was lost when it exploded".
      Optional<Tree> main =
          Clauses.topClauses(s.tree()).stream().findFirst().flatMap(Clauses::subject);
      int token = Trees.tokenIndex(leaf);
      if (main.isEmpty()
          || main.get().getLeaves().stream().anyMatch(l -> Trees.tokenIndex(l) == token)) {
        return false;
      }
      subject = main.get();
    }
    if (Mentions.isPronoun(subject)) {
      return false;
    }
    String type = mentions.type(s, subject);
    boolean person = type.equals("PERSON") || mentions.personName(s, subject).isPresent();
    boolean plural = Clauses.isPlural(subject);
    boolean fits =
        PERSON_PRONOUNS.contains(pronoun)
            ? person
            : PLURAL_PRONOUNS.contains(pronoun) ? plural : !person && !plural;
    if (!fits) {
      return false;
    }
    String named = Render.of(subject, s).toLowerCase(Locale.ROOT);
    String own = mentions.personName(s, subject).orElse(named).toLowerCase(Locale.ROOT);
    return !named(" " + named, r.name()) && !named(" " + own, r.name());
  }

  /** True if the words so far name the entity, in full or by its last word ("Tesla"). */
  private static boolean named(CharSequence before, String name) {
    String text = before + " ";
    String n = name.toLowerCase(Locale.ROOT);
    String[] parts = n.split(" ");
    return text.contains(" " + n + " ") || text.contains(" " + parts[parts.length - 1] + " ");
  }

  private boolean inQuote(Sentence s, Tree leaf) {
    Token t = s.tokenOf(leaf);
    return mentions.analysis().quotes().stream()
        .anyMatch(q -> t.begin() >= q.begin() && t.end() <= q.end());
  }

  /** True if the text still has a pronoun that points outside it. */
  static boolean dangles(String prompt) {
    return dangles(prompt, List.of());
  }

  /** As {@link #dangles(String)}, where the {@code anchored} pronouns read fine. */
  static boolean dangles(String prompt, List<String> anchored) {
    List<String> fine = new ArrayList<>(anchored);
    for (String w : NOT_A_WORD.split(prompt.toLowerCase(Locale.ROOT))) {
      if (DANGLING.contains(w) && !fine.remove(w)) {
        return true;
      }
    }
    return false;
  }
}
