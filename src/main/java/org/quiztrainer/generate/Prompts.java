package org.quiztrainer.generate;

import edu.stanford.nlp.trees.Tree;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.quiztrainer.nlp.Sentence;

/**
 * The pieces every question is made of: where an answer can be moved from, what a prompt leaves
 * out, the subject as it reads after a question word, and the checks that a prompt reads whole and
 * does not give its answer away.
 *
 * <p>Over 250 lines: the prompt surgery every kind of question shares (what a question leaves out,
 * how its words are written, whether it gives its answer away) reads best in one place.
 */
final class Prompts {
  private Prompts() {}

  /** Words that tie a clause to the one before it; a question reads better without them. */
  private static final Set<String> LINKING =
      Set.of("also", "too", "further", "meanwhile", "however", "still", "already", "then", "now");

  static boolean endsOnModifier(List<Tree> leaves, Tree root) {
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
  static boolean endsOnPreposition(List<Tree> leaves, Tree root) {
    for (int i = leaves.size() - 1; i >= 0; i--) {
      String tag = Trees.tagOf(leaves.get(i), root);
      if (tag.equals(".") || tag.equals(",")) {
        continue;
      }
      return tag.equals("IN") || tag.equals("TO") || tag.equals("RP");
    }
    return false;
  }

  static boolean quotes(List<Tree> leaves) {
    for (Tree leaf : leaves) {
      if (Set.of("“", "\"", "``").contains(leaf.value())) {
        return true;
      }
    }
    return false;
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
        // Not into the clause a preposition takes ("by proposing measures to finance private
        // schools", "with England winning three points"): a question moved out of it strands
        // half the sentence ("What has Maroni reacted by proposing measures to finance?").
        out.add(c);
      } else if (Trees.is(c, "ADJP")) {
        // "good at creating beneficial relations", "best known for his contributions": the
        // adjective's object can be asked ("What are enthusiastic teachers good at?").
        for (Tree k : c.children()) {
          if (Trees.is(k, "PP")) {
            out.add(k);
          }
        }
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
      } else if (Trees.is(t, "S", "VP") && Clauses.isParticiple(t) && afterAPauseAnywhere(t, vp)) {
        // "the bid to light the Exposition, beating out a General Electric bid by …": what the
        // participle adds is another fact.
        skip.add(t);
      } else if (Trees.is(t, "PP", "SBAR") && afterAPause(t, vp)) {
        // ", during an event where pebbles are thrown at a pillar …": an aside that a question
        // can leave out ("Where did the stampede happen?").
        skip.add(t);
      } else if (Trees.is(t, "PP") && Causes.isCausePhrase(t)) {
        skip.add(t); // asked about by the why question
        Tree parent = t.parent(vp);
        int at = parent == null ? -1 : parent.objectIndexOf(t);
        if (at > 0 && Trees.is(parent.getChild(at - 1), "ADVP")) {
          skip.add(parent.getChild(at - 1)); // "partly" of "partly due to the Clean Air Act"
        }
      } else if (Trees.is(t, "VP") && Trees.is(t.firstChild(), "VBN")) {
        Tree parent = t.parent(vp);
        if (parent != null && Trees.is(parent, "NP")) {
          skip.add(t); // "a red carpet laid out at an airport": the carpet is enough
        }
      }
    }
    return skip;
  }

  /** True if {@code t} comes right after a comma in the verb phrase it belongs to. */
  private static boolean afterAPause(Tree t, Tree vp) {
    Tree parent = t.parent(vp);
    if (parent == null || !Trees.is(parent, "VP")) {
      return false;
    }
    int at = parent.objectIndexOf(t);
    return at > 0 && Trees.is(parent.getChild(at - 1), ",");
  }

  /** True if {@code t} comes right after a comma, in whatever phrase it belongs to. */
  private static boolean afterAPauseAnywhere(Tree t, Tree vp) {
    Tree parent = t.parent(vp);
    if (parent == null) {
      return false;
    }
    int at = parent.objectIndexOf(t);
    return at > 0 && Trees.is(parent.getChild(at - 1), ",");
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

  /**
   * A common word with the capital it had at the start of its sentence, now inside a question ("Who
   * is The secretary general", "Where is Next year's competition"). A capital word followed by
   * another capital stays: "The Hague", "The Ontario Ghostbusters".
   */
  private static final Pattern STRAY_CAPITAL =
      Pattern.compile(
          "(?<=[\\p{L}\\p{N},] )(The|A|An|This|That|These|Those|Next|Last|Every|Each|Another|Its"
              + "|Their|His|Her)(?= [\\p{Ll}])");

  static String tidy(String prompt) {
    String p = prompt.strip().replaceAll("\\s+", " ");
    p = p.replaceAll("[\\s,;:—–\"“”‘`-]+$", "");
    p = p.replaceAll("[.!?]+$", "");
    p = p.replace(" ,", ",");
    p = STRAY_CAPITAL.matcher(p).replaceAll(m -> m.group(1).toLowerCase(Locale.ROOT));
    return p + "?";
  }

  /**
   * The key's own words in the question would give it away, and so would a form of them: "North
   * Korean leaders" gives away "North Korea", "Italian" gives away "Italy".
   */
  private static final Set<String> SMALL =
      Set.of("the", "and", "for", "with", "from", "that", "this", "their", "his", "her", "its");

  /**
   * True when at least half the key's words of four letters or more stand in the question, also
   * with or without a plural "s": the question has said most of its answer.
   */
  private static boolean halfNamed(String paddedPrompt, String key) {
    int words = 0;
    int named = 0;
    for (String w : key.split(" ")) {
      if (w.length() < 4 || SMALL.contains(w)) {
        continue;
      }
      words++;
      String stem = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
      if (paddedPrompt.contains(" " + stem + " ") || paddedPrompt.contains(" " + stem + "s ")) {
        named++;
      }
    }
    return words > 0 && 2 * named >= words;
  }

  static boolean mentionsAnswer(String prompt, String key) {
    String p =
        " " + Distractors.NON_WORD.matcher(prompt.toLowerCase(Locale.ROOT)).replaceAll(" ") + " ";
    String k = Distractors.NON_WORD.matcher(key.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    if (k.isEmpty()) {
      return false;
    }
    if (p.contains(" " + k + " ")) {
      return true;
    }
    if (halfNamed(p, k)) {
      return true; // "What does Comic Corps collect? Donations of comics."
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
