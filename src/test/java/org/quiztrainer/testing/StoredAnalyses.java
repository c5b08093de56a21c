package org.quiztrainer.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.trees.LabeledScoredTreeFactory;
import edu.stanford.nlp.trees.PennTreeReader;
import edu.stanford.nlp.trees.Tree;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.quiztrainer.nlp.Analysis;
import org.quiztrainer.nlp.Coreference;
import org.quiztrainer.nlp.Entity;
import org.quiztrainer.nlp.Paragraph;
import org.quiztrainer.nlp.Pipeline;
import org.quiztrainer.nlp.Progress;
import org.quiztrainer.nlp.Quote;
import org.quiztrainer.nlp.Referent;
import org.quiztrainer.nlp.Sentence;
import org.quiztrainer.nlp.TextAnalyzer;
import org.quiztrainer.nlp.Token;

/**
 * Analyses CoreNLP made of real texts, stored as text so that tests of the generator run on real
 * parser output in milliseconds, without the models. {@link #main} rebuilds a file after a change
 * to the pipeline (see docs/testing-the-generator.md). One line a fact:
 *
 * <pre>
 * X text          a document begins: its text, with \n and \\ escaped
 * D 2024-11-29    the date its dateline gives
 * P begin end     a paragraph
 * Q b e s1 s2     a quotation, and the sentences it starts and ends in
 * S p (ROOT ...)  a sentence of paragraph p: its parse, leaves as the text writes them
 * O b-e b-e ...   its tokens' offsets
 * T k TYPE norm   token k's entity type and normalized value ("-" for none)
 * L k lemma       token k's lemma, where it isn't the word in lower case
 * R k TYPE name   what token k refers to
 * E s e TYPE norm an entity of the sentence, tokens s to e
 * </pre>
 */
public final class StoredAnalyses {
  private StoredAnalyses() {}

  /** The analyses in a resource on the test class path, in order. */
  public static List<Analysis> read(String resource) {
    try (InputStream in = StoredAnalyses.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + resource);
      }
      List<Analysis> out = new ArrayList<>();
      Builder b = null;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (line.startsWith("X ")) {
          if (b != null) {
            out.add(b.build());
          }
          b = new Builder(unescape(line.substring(2)));
        } else if (b == null) {
          throw new IllegalArgumentException("a line before the first document: " + line);
        } else {
          b.line(line);
        }
      }
      if (b != null) {
        out.add(b.build());
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An analyzer that knows only these texts, and gives their stored analyses. */
  public static TextAnalyzer analyzer(List<Analysis> analyses) {
    Map<String, Analysis> byText = new HashMap<>();
    analyses.forEach(a -> byText.put(a.text(), a));
    return (text, progress) -> {
      Analysis a = byText.get(text.startsWith("\uFEFF") ? text.substring(1) : text);
      if (a == null) {
        throw new IllegalArgumentException("no stored analysis of: " + text);
      }
      return a;
    };
  }

  /** A parse in Penn Treebank brackets, each leaf numbered from 1 as CoreNLP numbers tokens. */
  public static Tree parse(String brackets) {
    try {
      Tree tree =
          new PennTreeReader(
                  new StringReader(brackets), new LabeledScoredTreeFactory(CoreLabel.factory()))
              .readTree();
      List<Tree> leaves = tree.getLeaves();
      for (int k = 0; k < leaves.size(); k++) {
        ((CoreLabel) leaves.get(k).label()).setIndex(k + 1);
      }
      return tree;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Analyses texts with the real pipeline and writes them in this format: {@code OUT COMMENT
   * FILE...}, each FILE an article (.txt) or a dev-data file of paragraphs (.json).
   */
  public static void main(String[] args) throws IOException {
    Pipeline pipeline = Pipeline.english(java.time.Clock.systemUTC());
    StringBuilder out = new StringBuilder("# ").append(args[1]).append('\n');
    for (int i = 2; i < args.length; i++) {
      Path file = Path.of(args[i]);
      List<String> texts = new ArrayList<>();
      if (file.toString().endsWith(".json")) {
        new ObjectMapper()
            .readTree(file.toFile())
            .forEach(p -> texts.add(p.get("context").asText()));
      } else {
        String text = Files.readString(file);
        texts.add(text.startsWith("\uFEFF") ? text.substring(1) : text);
      }
      for (String text : texts) {
        out.append(write(pipeline.analyze(text, Progress.NONE)));
      }
    }
    Files.writeString(Path.of(args[0]), out);
  }

  /** One analysis in this format. */
  public static String write(Analysis a) {
    StringBuilder out = new StringBuilder();
    out.append("X ").append(a.text().replace("\\", "\\\\").replace("\n", "\\n")).append('\n');
    a.date().ifPresent(d -> out.append("D ").append(d).append('\n'));
    for (Paragraph p : a.paragraphs()) {
      out.append("P ").append(p.begin()).append(' ').append(p.end()).append('\n');
    }
    for (Quote q : a.quotes()) {
      out.append("Q %d %d %d %d\n".formatted(q.begin(), q.end(), q.sentence(), q.lastSentence()));
    }
    for (Sentence s : a.sentences()) {
      Tree tree = s.tree().deepCopy();
      List<Tree> leaves = tree.getLeaves();
      for (int k = 0; k < leaves.size(); k++) {
        String word = s.tokens().get(k).text();
        leaves.get(k).setValue(word.replace("(", "-LRB-").replace(")", "-RRB-").replace(' ', '_'));
      }
      out.append("S ").append(s.paragraph()).append(' ');
      out.append(tree.pennString().replaceAll("\\s+", " ").strip()).append('\n');
      out.append('O');
      s.tokens().forEach(t -> out.append(' ').append(t.begin()).append('-').append(t.end()));
      out.append('\n');
      for (Token t : s.tokens()) {
        if (t.isEntity()) {
          out.append("T %d %s %s\n".formatted(t.index(), t.ner(), orDash(t.normalized())));
        }
        if (!t.lemma().equals(t.text().toLowerCase(Locale.ROOT))) {
          out.append("L %d %s\n".formatted(t.index(), t.lemma()));
        }
        a.coreference()
            .of(s.index(), t.index())
            .ifPresent(r -> out.append("R %d %s %s\n".formatted(t.index(), r.type(), r.name())));
      }
      for (Entity e : a.entitiesIn(s.index())) {
        out.append(
            "E %d %d %s %s\n".formatted(e.start(), e.end(), e.type(), orDash(e.normalized())));
      }
    }
    return out.toString();
  }

  private static String orDash(String value) {
    return value == null ? "-" : value.replace(' ', '_');
  }

  private static String unescape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char next = s.charAt(++i);
        out.append(next == 'n' ? '\n' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String orNull(String value) {
    return value.equals("-") ? null : value.replace('_', ' ');
  }

  /** One document as its lines arrive. */
  private static final class Builder {
    private final String text;
    private Optional<LocalDate> date = Optional.empty();
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();
    private final Coreference coreference = new Coreference();
    // The sentence being read: its paragraph and parse, then its tokens' facts.
    private int paragraph;
    private Tree tree;
    private List<Token> tokens;

    Builder(String text) {
      this.text = text;
    }

    void line(String line) {
      String[] w = line.split(" ", 5);
      switch (w[0]) {
        case "D" -> date = Optional.of(LocalDate.parse(w[1]));
        case "P" ->
            paragraphs.add(
                new Paragraph(paragraphs.size(), Integer.parseInt(w[1]), Integer.parseInt(w[2])));
        case "Q" -> {
          int begin = Integer.parseInt(w[1]);
          int end = Integer.parseInt(w[2]);
          quotes.add(
              new Quote(
                  begin,
                  end,
                  text.substring(begin, end),
                  Integer.parseInt(w[3]),
                  Integer.parseInt(w[4])));
        }
        case "S" -> {
          finishSentence();
          String[] parts = line.split(" ", 3);
          paragraph = Integer.parseInt(parts[1]);
          tree = parse(parts[2]);
        }
        case "O" -> tokens = tokens(line.substring(2).split(" "));
        case "T" -> token(Integer.parseInt(w[1]), w[2], orNull(w[3]), null);
        case "L" -> token(Integer.parseInt(w[1]), null, null, w[2]);
        case "R" -> {
          int k = Integer.parseInt(w[1]);
          String name = line.split(" ", 4)[3];
          coreference.add(
              new Coreference.Mention(sentences.size(), k, k + 1, k, false),
              new Referent(name, w[2]));
        }
        case "E" -> {
          int from = Integer.parseInt(w[1]);
          int to = Integer.parseInt(w[2]);
          String covered = text.substring(tokens.get(from).begin(), tokens.get(to - 1).end());
          entities.add(new Entity(sentences.size(), from, to, w[3], covered, orNull(w[4])));
        }
        default -> throw new IllegalArgumentException("unknown line: " + line);
      }
    }

    private List<Token> tokens(String[] offsets) {
      List<Tree> leaves = tree.getLeaves();
      List<Token> out = new ArrayList<>();
      for (int k = 0; k < offsets.length; k++) {
        String[] be = offsets[k].split("-");
        int begin = Integer.parseInt(be[0]);
        int end = Integer.parseInt(be[1]);
        String word = text.substring(begin, end);
        String tag = leaves.get(k).parent(tree).value();
        out.add(
            new Token(
                k, word, tag, word.toLowerCase(java.util.Locale.ROOT), "O", null, begin, end));
      }
      return out;
    }

    /** Sets what a line says of token k: its entity type and value, or its lemma. */
    private void token(int k, String ner, String normalized, String lemma) {
      Token t = tokens.get(k);
      tokens.set(
          k,
          new Token(
              t.index(),
              t.text(),
              t.tag(),
              lemma == null ? t.lemma() : lemma,
              ner == null ? t.ner() : ner,
              ner == null ? t.normalized() : normalized,
              t.begin(),
              t.end()));
    }

    private void finishSentence() {
      if (tree == null) {
        return;
      }
      int begin = tokens.get(0).begin();
      int end = tokens.get(tokens.size() - 1).end();
      sentences.add(
          new Sentence(
              sentences.size(), paragraph, begin, end, text.substring(begin, end), tokens, tree));
      tree = null;
    }

    Analysis build() {
      finishSentence();
      return new Analysis(text, paragraphs, sentences, entities, coreference, quotes, date);
    }
  }
}
