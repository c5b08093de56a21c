package org.quiztrainer.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Stanford CoreNLP, set up for news: tokens, sentences, parts of speech, lemmas, fine-grained named
 * entities with SUTime dates, the shift-reduce constituency parser, statistical coreference (over
 * windows of paragraphs, {@link CorefWindows}) and quotations. Loading takes tens of seconds and
 * about a gigabyte, so it happens once, on a thread of its own, the first time anyone asks ({@link
 * #startLoading()}); the app answers meanwhile. Articles are analysed one at a time, which bounds
 * the memory analysis needs.
 */
public final class Pipeline implements TextAnalyzer {
  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Pipeline.class);

  /** How far loading has got. */
  public enum State {
    NOT_STARTED,
    LOADING,
    READY,
    FAILED
  }

  /** The state, and for how long the models have been loading (or took to load). */
  public record Status(State state, Duration loading) {}

  /** Annotators run together, and what a teacher is told while they run. */
  private record Stage(String description, Consumer<Annotation> annotator) {}

  /** The stages, in order; each needs what the ones before it added. */
  private static final List<String[]> STAGES =
      List.of(
          new String[] {
            "tokenize,ssplit,pos,lemma,ner", "Finding the names, places, dates and numbers"
          },
          new String[] {"parse", "Parsing %d sentences"},
          new String[] {"coref", "Working out who \"he\", \"she\" and \"they\" are"},
          new String[] {"quote", "Finding the quotations"});

  private final Properties properties;
  private final Clock clock;
  private final CompletableFuture<List<Stage>> loaded = new CompletableFuture<>();
  private final AtomicReference<Instant> started = new AtomicReference<>();
  private volatile Instant finished;
  private final Object oneAtATime = new Object();

  Pipeline(Properties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  /** The English pipeline the generator uses; nothing is loaded until it is needed. */
  public static Pipeline english(Clock clock) {
    return new Pipeline(englishProperties(), clock);
  }

  static Properties englishProperties() {
    Properties p = new Properties();
    // Paragraph breaks end sentences (Paragraphs.unwrapped leaves no other line breaks).
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    // One CRF model, not three: the three-model default took 15 s longer to load and three times
    // as long to tag, for types we refine with the fine-grained list anyway.
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    p.setProperty("ner.fine.regexner.mapping", "nlp/fine-ner.tab;nlp/cities.tab");
    p.setProperty("ner.fine.regexner.ignorecase", "true");
    p.setProperty("ner.fine.regexner.validpospattern", "^(NN|JJ).*");
    p.setProperty("parse.model", "edu/stanford/nlp/models/srparser/englishSR.ser.gz");
    // Longer "sentences" are lists or tables; parsing them is slow and asks nothing good.
    p.setProperty("parse.maxlen", "90");
    p.setProperty("coref.algorithm", "statistical");
    p.setProperty("coref.md.type", "rule");
    // CoreNLP's quote attribution is built for novels; news speakers are found from the parse.
    p.setProperty("quote.attributeQuotes", "false");
    return p;
  }

  @Override
  public void prepare() {
    startLoading();
  }

  /** Starts loading the models in the background, once; later calls do nothing. */
  public void startLoading() {
    if (started.compareAndSet(null, clock.instant())) {
      Thread loader = new Thread(this::load, "nlp-loader");
      loader.setDaemon(true);
      loader.start();
    }
  }

  private void load() {
    try {
      List<Stage> stages = new java.util.ArrayList<>();
      for (String[] s : STAGES) {
        Properties p = new Properties();
        p.putAll(properties);
        p.setProperty("annotators", s[0]);
        // Later stages rely on the annotations earlier ones left on the document.
        p.setProperty("enforceRequirements", "false");
        StanfordCoreNLP nlp = new StanfordCoreNLP(p);
        stages.add(
            new Stage(
                s[1],
                s[0].equals("coref")
                    ? new CorefWindows(nlp, CorefWindows.WORDS)::annotate
                    : nlp::annotate));
      }
      loaded.complete(List.copyOf(stages));
    } catch (RuntimeException | Error e) {
      loaded.completeExceptionally(e);
    } finally {
      finished = clock.instant();
    }
  }

  public Status status() {
    Instant start = started.get();
    if (start == null) {
      return new Status(State.NOT_STARTED, Duration.ZERO);
    }
    Instant end = finished == null ? clock.instant() : finished;
    State state =
        !loaded.isDone()
            ? State.LOADING
            : loaded.isCompletedExceptionally() ? State.FAILED : State.READY;
    return new Status(state, Duration.between(start, end));
  }

  /** Waits for the models, loading them if nobody has asked yet. */
  public void awaitLoaded() {
    startLoading();
    loaded.join();
  }

  @Override
  public Analysis analyze(String text, Progress progress) {
    if (status().state() != State.READY) {
      progress.step("Loading the language models");
    }
    awaitLoaded();
    List<Paragraph> paragraphs = Paragraphs.of(text);
    Optional<LocalDate> date = Dateline.of(text, paragraphs);
    if (text.isBlank()) {
      return new Analysis(
          text, paragraphs, List.of(), List.of(), Coreference.none(), List.of(), date);
    }
    return CoreNlpReader.read(annotate(text, date, progress), text, paragraphs, date);
  }

  /** CoreNLP's annotation of a text that isn't blank, as {@link CoreNlpReader} reads it. */
  Annotation annotate(String text, Optional<LocalDate> date, Progress progress) {
    awaitLoaded();
    Annotation doc = new Annotation(Paragraphs.unwrapped(text));
    date.ifPresent(d -> doc.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
    synchronized (oneAtATime) {
      List<Stage> stages = loaded.join();
      for (int i = 0; i < stages.size(); i++) {
        Stage stage = stages.get(i);
        List<?> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        progress.step(String.format(stage.description(), sentences == null ? 0 : sentences.size()));
        try {
          stage.annotator().accept(doc);
        } catch (RuntimeException e) {
          if (i == 0) {
            throw new IllegalArgumentException("the text could not be read as English", e);
          }
          // A later stage (parse, coreference, quotes) failing on odd text leaves its part out:
          // the generator asks fewer questions rather than none.
          log.warn("Language analysis: {} failed on a text, left out", stage.description(), e);
        }
      }
    }
    return doc;
  }
}
