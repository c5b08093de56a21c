package org.quiztrainer.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.quiztrainer.nlp.Analysis;
import org.quiztrainer.nlp.Lexicon;
import org.quiztrainer.nlp.Progress;
import org.quiztrainer.nlp.TextAnalyzer;
import org.quiztrainer.nlp.WordNet;
import org.quiztrainer.quiz.Evidence;

/**
 * Makes reading-comprehension questions from an article, after Heilman and Smith (2010): the
 * article is analysed (CoreNLP), its sentences are prepared and simplified into short statements
 * (stage 1), questions are built from those by transformation (stage 2), and a learned ranker
 * orders them, with a mix of kinds and at most two per sentence near the top (stage 3). Every
 * question keeps its evidence and the reasons it ranks where it does.
 *
 * <p>Thread-safe: one instance serves concurrent requests (the analysis runs one at a time).
 */
public final class QuestionGenerator {
  /** Changes whenever the questions for a given article would change: stored drafts are redone. */
  public static final String VERSION = "13.6";

  /** Kinds whose answer is not a phrase of the article: the ranker isn't trained on them. */
  private static final Set<Kind> UNRANKED =
      Set.of(Kind.TRUE_FALSE, Kind.MAIN_IDEA, Kind.VOCABULARY);

  private final TextAnalyzer analyzer;
  private final Lexicon lexicon;
  private final Ranker ranker;
  private final Gazetteer gazetteer = new Gazetteer();

  /** The generator with WordNet for vocabulary and the shipped ranker. */
  public QuestionGenerator(TextAnalyzer analyzer) {
    this(analyzer, new WordNet(), Ranker.shipped());
  }

  public QuestionGenerator(TextAnalyzer analyzer, Lexicon lexicon, Ranker ranker) {
    this.analyzer = analyzer;
    this.lexicon = lexicon;
    this.ranker = ranker;
  }

  /** Starts getting ready (loading language models) without waiting for it. */
  public void prepare() {
    analyzer.prepare();
  }

  /** Ranked questions, best first; every evidence is an exact span of {@code articleText}. */
  public List<GeneratedQuestion> generate(String articleText) {
    return generate(articleText, Progress.NONE);
  }

  public List<GeneratedQuestion> generate(String articleText, Progress progress) {
    return analyze(articleText, progress).map(this::generate);
  }

  /** The language analysis of an article, to generate from once or more. */
  public Analyzed analyze(String articleText, Progress progress) {
    Analysis analysis = analyzer.analyze(articleText, progress);
    progress.step("Writing the questions");
    return new Analyzed(analysis);
  }

  /** An article the analyzer has read. */
  public record Analyzed(Analysis analysis) {
    public int sentences() {
      return analysis.sentences().size();
    }

    public <T> T map(java.util.function.Function<Analysis, T> f) {
      return f.apply(analysis);
    }
  }

  /** Questions from an article already analysed. */
  public List<GeneratedQuestion> generate(Analysis analysis) {
    List<GeneratedQuestion> out = new ArrayList<>();
    for (Selection.Scored s : Selection.order(scored(analysis))) {
      Draft d = s.draft();
      out.add(
          new GeneratedQuestion(
              d.type(),
              d.prompt(),
              d.choices(),
              d.answer(),
              d.accepted(),
              new Evidence(d.begin(), d.end(), analysis.text().substring(d.begin(), d.end())),
              d.skill(),
              d.kind().name().toLowerCase(Locale.ROOT),
              s.score(),
              s.reasons()));
    }
    return out;
  }

  /** Every draft with the ranker's score, before selection; the trainer learns from these. */
  List<Selection.Scored> scored(Analysis analysis) {
    Article article = Article.of(analysis);
    Features.Facts facts = Features.Facts.of(article);
    List<Draft> drafts = new Drafting(article, gazetteer, lexicon).drafts();
    List<Selection.Scored> learned = new ArrayList<>();
    List<Draft> unranked = new ArrayList<>();
    for (Draft d : drafts) {
      if (UNRANKED.contains(d.kind())) {
        unranked.add(d);
      } else {
        Map<String, Double> f = Features.of(d, facts);
        learned.add(new Selection.Scored(d, ranker.score(f), ranker.reasons(f)));
      }
    }
    double median = quantile(learned, 0.25);
    double best = learned.stream().mapToDouble(Selection.Scored::score).max().orElse(0);
    for (Draft d : unranked) {
      // Hand-set places: the main idea near the top, true/false in the lower half.
      boolean main = d.kind() == Kind.MAIN_IDEA;
      // A true statement is said in other words than the article's; a false one is the article's
      // with one name changed: the first asks more of the reader.
      double truth = d.kind() == Kind.TRUE_FALSE && d.answer().equals("true") ? 0.2 : 0;
      learned.add(
          new Selection.Scored(
              d,
              main ? best + 0.1 : median + truth,
              List.of(
                  main ? "every article gets one main-idea question" : d.kind().description())));
    }
    return learned;
  }

  private static double quantile(List<Selection.Scored> scored, double q) {
    if (scored.isEmpty()) {
      return 0;
    }
    double[] v = scored.stream().mapToDouble(Selection.Scored::score).sorted().toArray();
    return v[(int) (q * (v.length - 1))];
  }
}
