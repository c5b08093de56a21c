package org.quiztrainer.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * WordNet 3.1 (extjwnl and its bundled data), loaded the first time a word is looked up: about a
 * second and 50 MB. Lookups are serialised; each takes well under a millisecond.
 */
public final class WordNet implements Lexicon {
  private Dictionary dictionary;

  @Override
  public synchronized List<Sense> senses(String lemma, String pennTag) {
    POS pos = pos(pennTag);
    if (pos == null || lemma.isBlank()) {
      return List.of();
    }
    try {
      IndexWord word = dictionary().lookupIndexWord(pos, lemma.toLowerCase(Locale.ROOT));
      if (word == null) {
        return List.of();
      }
      List<Sense> out = new ArrayList<>();
      for (Synset s : word.getSenses()) {
        out.add(sense(s, word.getLemma()));
      }
      return out;
    } catch (JWNLException e) {
      return List.of(); // a word WordNet can't read is a word we don't ask about
    }
  }

  private static Sense sense(Synset s, String lemma) {
    String[] parts = s.getGloss().split(";");
    List<String> examples = new ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      examples.add(parts[i].strip().replace("\"", ""));
    }
    int uses = 0;
    for (Word w : s.getWords()) {
      if (w.getLemma().equalsIgnoreCase(lemma)) {
        uses = w.getUseCount();
      }
    }
    return new Sense(parts[0].strip(), examples, uses, s.getLexFileName());
  }

  private Dictionary dictionary() throws JWNLException {
    if (dictionary == null) {
      dictionary = Dictionary.getDefaultResourceInstance();
    }
    return dictionary;
  }

  private static POS pos(String tag) {
    if (tag.startsWith("NN") && !tag.startsWith("NNP")) {
      return POS.NOUN;
    }
    if (tag.startsWith("VB")) {
      return POS.VERB;
    }
    if (tag.startsWith("JJ")) {
      return POS.ADJECTIVE;
    }
    return null;
  }
}
