package org.quiztrainer.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Small word lists that stand in for a named-entity model: countries and their demonyms, cities,
 * titles that introduce a person, and words that mark an organisation.
 */
final class Gazetteer {
  static final Set<String> TITLES =
      Set.of(
          "minister",
          "president",
          "leader",
          "adviser",
          "advisor",
          "secretary",
          "chancellor",
          "king",
          "queen",
          "prince",
          "princess",
          "general",
          "governor",
          "senator",
          "mayor",
          "ambassador",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "chief",
          "director",
          "chairman",
          "chairwoman",
          "premier",
          "envoy",
          "commander",
          "judge",
          "professor",
          "dr",
          "mr",
          "mrs",
          "ms",
          "sir",
          "pope",
          "coach",
          "captain",
          "ceo",
          "founder",
          "inventor",
          "author",
          "officer",
          "representative",
          "lawmaker",
          "head");
  static final Set<String> ORG_WORDS =
      Set.of(
          "ministry",
          "department",
          "council",
          "party",
          "union",
          "agency",
          "organisation",
          "organization",
          "army",
          "navy",
          "bank",
          "university",
          "company",
          "corporation",
          "association",
          "committee",
          "commission",
          "court",
          "parliament",
          "congress",
          "senate",
          "nations",
          "institute",
          "foundation",
          "inc",
          "ltd",
          "club",
          "school",
          "college",
          "group",
          "office",
          "service",
          "forces",
          "league",
          "federation",
          "assembly",
          "house",
          "times",
          "post",
          "news",
          "network",
          "society",
          "nasa",
          "fifa",
          "nato",
          "un",
          "eu");
  static final Set<String> MONTHS =
      Set.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");
  static final Set<String> DAYS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  private final Map<String, String> demonymToCountry = new HashMap<>();
  private final Set<String> countries = new HashSet<>();
  private final Set<String> cities = new HashSet<>();
  private final List<String> countryList = new ArrayList<>();

  Gazetteer() {
    for (String line : lines("countries.txt")) {
      String[] parts = line.split("\\|");
      countries.add(parts[0].toLowerCase(java.util.Locale.ROOT));
      countryList.add(parts[0]);
      demonymToCountry.put(parts[1].toLowerCase(java.util.Locale.ROOT), parts[0]);
    }
    for (String line : lines("cities.txt")) {
      cities.add(line.toLowerCase(java.util.Locale.ROOT));
    }
  }

  boolean isCountry(String name) {
    return countries.contains(key(name));
  }

  boolean isCity(String name) {
    return cities.contains(key(name));
  }

  boolean isDemonym(String word) {
    return demonymToCountry.containsKey(key(word));
  }

  List<String> countries() {
    return countryList;
  }

  private static String key(String s) {
    return s.toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
  }

  private static List<String> lines(String name) {
    try (var in = Gazetteer.class.getResourceAsStream("/generate/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource generate/" + name);
      }
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
