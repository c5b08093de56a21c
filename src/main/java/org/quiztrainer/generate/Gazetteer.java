package org.quiztrainer.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The small lists shipped with the generator: countries and their nationalities, capitals and other
 * cities (the same list CoreNLP tags cities with), ministries, titles and months. They give wrong
 * answers of the right kind when the article itself has too few.
 */
public final class Gazetteer {
  private static final List<String> MONTHS =
      List.of(
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December");

  private final List<String> countries = new ArrayList<>();
  private final List<String> nationalities = new ArrayList<>();
  private final List<String> cities = new ArrayList<>();
  private final List<String> ministries;
  private final List<String> titles;
  private final Set<String> countryKeys = new HashSet<>();
  private final Set<String> cityKeys = new HashSet<>();

  public Gazetteer() {
    for (String line : lines("/generate/countries.txt")) {
      String[] parts = line.split("\\|");
      countries.add(parts[0]);
      countryKeys.add(key(parts[0]));
      if (parts.length > 1) {
        nationalities.add(parts[1]);
      }
    }
    for (String line : lines("/nlp/cities.tab")) {
      String city = line.split("\t")[0];
      cities.add(city);
      cityKeys.add(key(city));
    }
    ministries = lines("/generate/ministries.txt");
    titles = lines("/generate/titles.txt");
  }

  public boolean isCountry(String name) {
    return countryKeys.contains(key(name));
  }

  public boolean isCity(String name) {
    return cityKeys.contains(key(name));
  }

  /** Names of this entity type to offer as wrong answers, or none for types we have no list of. */
  List<String> ofType(String type) {
    return switch (type) {
      case "COUNTRY" -> countries;
      case "CITY" -> cities;
      case "NATIONALITY" -> nationalities;
      case "TITLE" -> titles;
      case "MINISTRY" -> ministries;
      case "MONTH" -> MONTHS;
      default -> List.of();
    };
  }

  static Map<String, Integer> monthNumbers() {
    Map<String, Integer> m = new java.util.HashMap<>();
    for (int i = 0; i < MONTHS.size(); i++) {
      m.put(MONTHS.get(i).toLowerCase(Locale.ROOT), i + 1);
    }
    return Map.copyOf(m);
  }

  private static String key(String s) {
    return s.toLowerCase(Locale.ROOT).replace('’', '\'').strip();
  }

  private static List<String> lines(String resource) {
    try (var in = Gazetteer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
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
