package org.quiztrainer.generate;

import edu.stanford.nlp.trees.Tree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quiztrainer.nlp.Analysis;
import org.quiztrainer.nlp.Coreference;
import org.quiztrainer.nlp.Entity;
import org.quiztrainer.nlp.Paragraph;
import org.quiztrainer.nlp.Quote;
import org.quiztrainer.nlp.Referent;
import org.quiztrainer.nlp.Sentence;
import org.quiztrainer.nlp.Token;
import org.quiztrainer.testing.StoredAnalyses;

/**
 * Analyses written by hand: a parse in Penn Treebank brackets, the named entities and lemmas a test
 * needs, and what pronouns refer to. The generator's rules can then be tested in microseconds,
 * without the language models, on exactly the structures they are about.
 */
final class Fixtures {
  private static final Set<String> TIGHT_BEFORE = Set.of(",", ".", ":", ";", "?", "!", "’s", "'s");

  private final List<String> trees = new ArrayList<>();
  private final List<Map<String, String>> types = new ArrayList<>();
  private final Map<String, String> lemmas = new HashMap<>();
  private final List<String[]> referents = new ArrayList<>();

  static Fixtures sentence(String tree) {
    return new Fixtures().and(tree);
  }

  /** Another sentence, in a paragraph of its own. */
  Fixtures and(String tree) {
    trees.add(tree);
    types.add(new HashMap<>());
    return this;
  }

  /** The last sentence names {@code text} (whole tokens), of this entity type. */
  Fixtures entity(String text, String type) {
    types.get(types.size() - 1).put(text, type);
    return this;
  }

  Fixtures lemma(String word, String lemma) {
    lemmas.put(word, lemma);
    return this;
  }

  /** In the last sentence, the token {@code word} refers to {@code name} of type {@code type}. */
  Fixtures refers(String word, String name, String type) {
    referents.add(new String[] {Integer.toString(trees.size() - 1), word, name, type});
    return this;
  }

  Analysis analysis() {
    StringBuilder text = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    List<Paragraph> paragraphs = new ArrayList<>();
    List<Entity> entities = new ArrayList<>();
    Coreference coreference = new Coreference();
    for (int i = 0; i < trees.size(); i++) {
      if (i > 0) {
        text.append('\n');
      }
      Tree tree = StoredAnalyses.parse(trees.get(i));
      int begin = text.length();
      List<Token> tokens = new ArrayList<>();
      List<Tree> leaves = tree.getLeaves();
      for (int k = 0; k < leaves.size(); k++) {
        Tree leaf = leaves.get(k);
        String word = leaf.value();
        if (k > 0 && !TIGHT_BEFORE.contains(word)) {
          text.append(' ');
        }
        int start = text.length();
        text.append(word);
        String tag = leaf.parent(tree).value();
        tokens.add(
            new Token(
                k,
                word,
                tag,
                lemmas.getOrDefault(word, word.toLowerCase()),
                "O",
                null,
                start,
                text.length()));
      }
      int end = text.length();
      for (Map.Entry<String, String> e : types.get(i).entrySet()) {
        int[] span = find(tokens, e.getKey());
        entities.add(new Entity(i, span[0], span[1], e.getValue(), e.getKey(), null));
        for (int k = span[0]; k < span[1]; k++) {
          Token t = tokens.get(k);
          tokens.set(
              k,
              new Token(
                  t.index(), t.text(), t.tag(), t.lemma(), e.getValue(), null, t.begin(), t.end()));
        }
      }
      paragraphs.add(new Paragraph(i, begin, end));
      sentences.add(new Sentence(i, i, begin, end, text.substring(begin, end), tokens, tree));
    }
    for (String[] r : referents) {
      int s = Integer.parseInt(r[0]);
      int[] span = find(sentences.get(s).tokens(), r[1]);
      coreference.add(
          new Coreference.Mention(s, span[0], span[1], span[0], true), new Referent(r[2], r[3]));
    }
    return new Analysis(
        text.toString(),
        paragraphs,
        sentences,
        entities,
        coreference,
        quotes(text.toString()),
        Optional.empty());
  }

  /** Quotations between “ and ” (or straight double quotes), each within one sentence. */
  private List<Quote> quotes(String text) {
    List<Quote> out = new ArrayList<>();
    int from = 0;
    while (true) {
      int open = text.indexOf('“', from);
      if (open < 0) {
        return out;
      }
      int close = text.indexOf('”', open);
      if (close < 0) {
        return out;
      }
      int sentence = text.substring(0, open).split("\n", -1).length - 1;
      out.add(new Quote(open, close + 1, text.substring(open, close + 1), sentence, sentence));
      from = close + 1;
    }
  }

  private static int[] find(List<Token> tokens, String text) {
    String[] words = text.split(" ");
    for (int k = 0; k + words.length <= tokens.size(); k++) {
      boolean all = true;
      for (int w = 0; w < words.length && all; w++) {
        all = tokens.get(k + w).text().equals(words[w]);
      }
      if (all) {
        return new int[] {k, k + words.length};
      }
    }
    throw new IllegalArgumentException("no tokens \"" + text + "\" in the fixture");
  }

  /** The generator on this analysis, all of it, best first. */
  List<GeneratedQuestion> generate() {
    return new QuestionGenerator(
            (t, p) -> analysis(), org.quiztrainer.nlp.Lexicon.NONE, Ranker.shipped())
        .generate(analysis());
  }

  /** The drafts the transformations make of every clause, before forms and ranking. */
  List<Draft> asked() {
    Analysis a = analysis();
    Mentions m = new Mentions(a);
    Simplifier simplifier = new Simplifier(new Extractions(m));
    WhQuestions wh = new WhQuestions(new Answers(m), new Resolver(m), new Definitions(m));
    List<Draft> out = new ArrayList<>();
    for (Sentence s : a.sentences()) {
      for (Clause c : simplifier.clauses(s)) {
        out.addAll(wh.build(c));
      }
    }
    return out;
  }

  /** Every draft of the article, formed (choices where there are some), before ranking. */
  List<Draft> drafts(org.quiztrainer.nlp.Lexicon lexicon) {
    return new Drafting(Article.of(analysis()), new Gazetteer(), lexicon).drafts();
  }

  /** Each clause of the first sentence said in the other voice, where it can be. */
  List<String> otherVoices() {
    Analysis a = analysis();
    Mentions m = new Mentions(a);
    Resolver r = new Resolver(m);
    List<String> out = new ArrayList<>();
    for (Clause c : new Simplifier(new Extractions(m)).clauses(a.sentences().get(0))) {
      new Voices(m).other(c, r.resolve(c)).ifPresent(out::add);
    }
    return out;
  }

  /** The simplified statements of the first sentence. */
  List<String> statements() {
    Analysis a = analysis();
    Mentions m = new Mentions(a);
    List<String> out = new ArrayList<>();
    for (Clause c : new Simplifier(new Extractions(m)).clauses(a.sentences().get(0))) {
      new Statements(m, new Resolver(m), "").statement(c).ifPresent(out::add);
    }
    return out;
  }
}
