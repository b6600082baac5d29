package dev.readiness.report;

import dev.readiness.assessment.Candidate;
import java.text.Normalizer;
import java.util.Locale;

/** File names made from people's names: lower case, accents dropped, letters of any script kept. */
final class FileNames {
  private FileNames() {}

  static String slug(Candidate c) {
    String name = slug(c.name());
    String id = c.id() == null ? "" : slug(c.id());
    String joined = name.isEmpty() ? id : id.isEmpty() ? name : name + "-" + id;
    return joined.isEmpty() ? "candidate" : joined;
  }

  static String slug(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String s = plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
    return s.length() > 60 ? s.substring(0, 60).replaceAll("-+$", "") : s;
  }
}
