package org.quiztrainer.generate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The other ways a student writes an amount: "46 percent" is also "46%", "46 per cent" and "46";
 * "two billion" is also "2 billion"; "$ 50,000" is also "$50,000" and "50,000". A typed answer in
 * any of these forms is right.
 */
final class NumberForms {
  private static final Pattern PERCENT =
      Pattern.compile(
          "(?i)^(?:about |around |nearly |almost |over |more than )?([\\d.,]+)\\s*(%|percent|per cent)$");

  private static final Pattern MONEY =
      Pattern.compile("^([$£€])\\s*([\\d.,]+(?: (?:million|billion))?)$");

  private static final List<String> WORDS =
      List.of(
          "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve");

  private static final Pattern WORD_SCALE =
      Pattern.compile("(?i)^(" + String.join("|", WORDS) + ") (hundred|thousand|million|billion)$");

  private NumberForms() {}

  /** The draft with its key's other forms among the accepted answers. */
  static Draft accepting(Draft d) {
    Set<String> forms = forms(d.answer());
    if (forms.isEmpty()) {
      return d;
    }
    Set<String> accepted = new LinkedHashSet<>(d.accepted());
    accepted.addAll(forms);
    accepted.remove(d.answer());
    return d.withKey(d.answer(), List.copyOf(accepted));
  }

  static Set<String> forms(String key) {
    Set<String> out = new LinkedHashSet<>();
    String k = key.strip();
    Matcher p = PERCENT.matcher(k);
    if (p.matches()) {
      String n = p.group(1);
      out.add(n + "%");
      out.add(n + " percent");
      out.add(n + " per cent");
      out.add(n);
    }
    Matcher m = MONEY.matcher(k);
    if (m.matches()) {
      out.add(m.group(1) + m.group(2));
      out.add(m.group(2));
    }
    Matcher w = WORD_SCALE.matcher(k);
    if (w.matches()) {
      int n = WORDS.indexOf(w.group(1).toLowerCase(Locale.ROOT));
      out.add(n + " " + w.group(2).toLowerCase(Locale.ROOT));
    }
    out.remove(k);
    return out;
  }
}
