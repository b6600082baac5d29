package dev.readiness.report;

import dev.readiness.assessment.Candidate;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * File names made from people's names: lower case, accents dropped, letters of any script kept,
 * short enough for every file system, and never the same for two different people of one run.
 */
public final class FileNames {
  /**
   * A name part keeps at most this many characters (code points, so a pair of surrogates is never
   * split)…
   */
  static final int MAX_CODE_POINTS = 60;

  /**
   * …and at most this many bytes in the file-name encoding: a file name may have 255 bytes, and two
   * parts (a candidate's and an interviewer's), the date, a code, the extension and the temporary
   * file's suffix (about 45 bytes) must fit beside each other.
   */
  static final int MAX_PART_BYTES = 80;

  /** The code that tells two people apart: hex digits of the SHA-256 of their key (48 bits). */
  static final int CODE_DIGITS = 12;

  /**
   * The encoding the system gives file names: UTF-8 almost everywhere, but ASCII under a POSIX
   * locale (cron, a bare container, {@code env -i}), where a name with "ë" cannot be made at all.
   * Characters it cannot write are dropped.
   */
  private static final Charset FILE_NAME_ENCODING = fileNameEncoding();

  private FileNames() {}

  private static Charset fileNameEncoding() {
    String name = System.getProperty("sun.jnu.encoding");
    try {
      return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return StandardCharsets.UTF_8;
    }
  }

  static String slug(Candidate c) {
    String name = slug(c.name());
    String id = c.id() == null ? "" : slug(c.id());
    if (name.isEmpty() || id.isEmpty()) {
      String one = name.isEmpty() ? id : name;
      return one.isEmpty() ? "candidate-" + code(c.key()) : one;
    }
    // the ID tells people apart, so a long name gives way to it (the ID keeps up to half the room)
    String shortId = cut(id, MAX_CODE_POINTS / 2, MAX_PART_BYTES / 2);
    String shortName =
        cut(
            name,
            MAX_CODE_POINTS - 1 - shortId.codePointCount(0, shortId.length()),
            MAX_PART_BYTES - 1 - shortId.getBytes(FILE_NAME_ENCODING).length);
    return shortName.isEmpty() ? shortId : shortName + "-" + shortId;
  }

  /**
   * The output name of each candidate (by key): slug and latest date, with a code from the key
   * added where two different people would otherwise share a name ("Zoë Nowak" and "Zoe Nowak").
   */
  static Map<String, String> unique(List<ReportBuilder.History> histories) {
    Map<String, String> proposed = new LinkedHashMap<>();
    histories.forEach(h -> proposed.put(h.key(), baseName(h)));
    // the summary's files share the folder
    return distinct(proposed, Set.of("summary"));
  }

  static String baseName(ReportBuilder.History h) {
    return slug(h.latest().getValue().get(0).candidate()) + "-" + h.latest().getKey();
  }

  /** The base of a candidate's files on a date: "priya-raman-c-1001-2026-11-02". */
  public static String base(Candidate c, java.time.LocalDate date) {
    return slug(c) + "-" + date;
  }

  /**
   * Final names for proposed ones (by key): where two keys propose names that one folder would take
   * for the same (case and Unicode forms folded, as macOS and Windows do), or a name is {@code
   * taken}, each gets "-CODE" from its key's SHA-256; should even those meet, the whole hash.
   */
  public static Map<String, String> distinct(Map<String, String> proposed, Set<String> taken) {
    Map<String, String> out = new LinkedHashMap<>(proposed);
    for (int digits : new int[] {0, CODE_DIGITS, 64}) {
      List<String> clashing = clashes(out, taken);
      if (clashing.isEmpty()) {
        return out;
      }
      if (digits > 0) {
        clashing.forEach(k -> out.put(k, proposed.get(k) + "-" + code(k, digits)));
      }
    }
    if (!clashes(out, taken).isEmpty()) {
      throw new IllegalStateException("two keys share a SHA-256: " + clashes(out, taken));
    }
    return out;
  }

  /** The keys whose name another key's name, or a taken one, folds to. */
  private static List<String> clashes(Map<String, String> names, Set<String> taken) {
    Map<String, Integer> count = new HashMap<>();
    taken.forEach(t -> count.merge(fold(t), 2, Integer::sum));
    names.values().forEach(n -> count.merge(fold(n), 1, Integer::sum));
    List<String> out = new ArrayList<>();
    names.forEach(
        (k, n) -> {
          if (count.get(fold(n)) > 1) {
            out.add(k);
          }
        });
    return out;
  }

  /** How a file system that ignores case and Unicode forms sees a name. */
  static String fold(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFKC)
        .toUpperCase(Locale.ROOT)
        .toLowerCase(Locale.ROOT);
  }

  /** The first {@value #CODE_DIGITS} hex digits of the key's SHA-256. */
  public static String code(String key) {
    return code(key, CODE_DIGITS);
  }

  /**
   * The first digits of the key's SHA-256 in hex: a strong hash, so that no two keys of a run share
   * a code by chance or by design (a 32-bit String.hashCode is easily matched on purpose).
   */
  private static String code(String key, int digits) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, digits);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /**
   * A name as a file name part: "Ana Petrović" → "ana-petrovic"; empty when nothing of it can be
   * kept.
   */
  public static String slug(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    // NFKD took Hangul syllables apart into letters; put them back together
    String composed = Normalizer.normalize(plain, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    CharsetEncoder encoder = FILE_NAME_ENCODING.newEncoder();
    StringBuilder kept = new StringBuilder();
    composed
        .codePoints()
        .forEach(
            c -> {
              boolean letter =
                  Character.isLetterOrDigit(c)
                      && encoder.canEncode(new String(Character.toChars(c)));
              kept.append(letter ? new String(Character.toChars(c)) : "-");
            });
    return cut(kept.toString().replaceAll("-+", "-").replaceAll("(^-|-$)", ""));
  }

  /** Cut to the limits by whole characters, without a dash at either end. */
  private static String cut(String s) {
    return cut(s, MAX_CODE_POINTS, MAX_PART_BYTES);
  }

  private static String cut(String s, int codePoints, int bytes) {
    int end = s.offsetByCodePoints(0, Math.min(codePoints, s.codePointCount(0, s.length())));
    String out = s.substring(0, end);
    while (out.getBytes(FILE_NAME_ENCODING).length > bytes) {
      out = out.substring(0, out.offsetByCodePoints(out.length(), -1));
    }
    return out.replaceAll("(^-+|-+$)", "");
  }
}
