package dev.readiness.report;

import dev.readiness.assessment.Candidate;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** File names made from people's names: lower case, accents dropped, letters of any script kept. */
public final class FileNames {
  private FileNames() {}

  static String slug(Candidate c) {
    String name = slug(c.name());
    String id = c.id() == null ? "" : slug(c.id());
    String joined = name.isEmpty() ? id : id.isEmpty() ? name : name + "-" + id;
    return joined.isEmpty() ? "candidate" : joined;
  }

  /**
   * The output name of each candidate (by key): slug and latest date, with a short stable hash of the key added
   * where two different people would otherwise share a name ("Zoë Nowak" and "Zoe Nowak").
   */
  static Map<String, String> unique(List<ReportBuilder.History> histories) {
    Map<String, List<ReportBuilder.History>> byName = new LinkedHashMap<>();
    for (ReportBuilder.History h : histories) {
      byName.computeIfAbsent(baseName(h), k -> new ArrayList<>()).add(h);
    }
    Map<String, String> out = new LinkedHashMap<>();
    byName.forEach((name, list) -> list.forEach(h -> out.put(h.key(), list.size() == 1 ? name
        : name + "-" + String.format("%08x", h.key().hashCode()))));
    return out;
  }

  static String baseName(ReportBuilder.History h) {
    return slug(h.latest().getValue().get(0).candidate()) + "-" + h.latest().getKey();
  }

  /** The base of a candidate's files on a date: "priya-raman-c-1001-2026-11-02". */
  public static String base(Candidate c, java.time.LocalDate date) {
    return slug(c) + "-" + date;
  }

  /** A name as a file name part: "Ana Petrović" → "ana-petrovic". */
  public static String slug(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String s = plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
    return s.length() > 60 ? s.substring(0, 60).replaceAll("-+$", "") : s;
  }
}
