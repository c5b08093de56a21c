package org.quiztrainer.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * The OpenNLP English models, loaded once from the classpath (the opennlp-models-*-en jars). The
 * models are immutable and shared; the ME tools built on them are not thread-safe, so each thread
 * gets its own through {@link #tools()}.
 */
public final class LanguageModels {
  private final SentenceModel sentences;
  private final POSModel pos;
  private final LemmatizerModel lemmas;
  private final ThreadLocal<Tools> tools;

  /** The per-thread tools: a sentence detector, a UD part-of-speech tagger and a lemmatizer. */
  record Tools(SentenceDetectorME sentences, POSTaggerME pos, LemmatizerME lemmas) {}

  private LanguageModels() {
    try {
      sentences = new SentenceModel(resource("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin"));
      pos = new POSModel(resource("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin"));
      lemmas = new LemmatizerModel(resource("opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the OpenNLP models", e);
    }
    tools =
        ThreadLocal.withInitial(
            () ->
                new Tools(
                    new SentenceDetectorME(sentences),
                    new POSTaggerME(pos),
                    new LemmatizerME(lemmas)));
  }

  /** Loads the models; about a quarter of a second, so do it once and share the result. */
  public static LanguageModels load() {
    return new LanguageModels();
  }

  /**
   * The dictionary form of one word ("replaced" gives "replace"). Lemmatising costs as much as
   * tagging, so it is done only for the few words a question needs.
   */
  String lemma(String word, String tag) {
    String lemma = tools().lemmas().lemmatize(new String[] {word}, new String[] {tag})[0];
    return lemma == null || lemma.equals("O") ? word.toLowerCase(java.util.Locale.ROOT) : lemma;
  }

  Tools tools() {
    return tools.get();
  }

  private static InputStream resource(String name) {
    InputStream in = LanguageModels.class.getResourceAsStream("/" + name);
    if (in == null) {
      throw new IllegalStateException("OpenNLP model " + name + " is not on the classpath");
    }
    try (in) {
      return new java.io.ByteArrayInputStream(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
