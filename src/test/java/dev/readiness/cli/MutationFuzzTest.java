package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded mutation fuzz of a filled workbook: byte flips, truncation and edits of the XML inside
 * the zip. Every outcome is exit 0 or 1 with messages in the tool's own words, and no input is
 * changed.
 */
class MutationFuzzTest {
  private static final int MUTANTS = 240;
  private static final List<String> LIBRARY_WORDS =
      List.of(
          "Exception",
          "org.apache",
          "java.",
          "xmlbeans",
          "Tried to allocate",
          "invalid distance",
          "Cannot get a",
          "NullPointer",
          "\tat ");

  @TempDir Path dir;

  @Test
  void noMutantCrashesOrSpeaksInALibrarysWords() throws IOException {
    byte[] original = Files.readAllBytes(Path.of("samples", "marcus-oyelaran.xlsx"));
    Random random = new Random(20261125);
    for (int i = 0; i < MUTANTS; i++) {
      byte[] mutant =
          switch (i % 4) {
            case 0 -> flip(original, random);
            case 1 -> Arrays.copyOf(original, random.nextInt(original.length));
            default -> editXml(original, random);
          };
      Path file = dir.resolve("m" + i + ".xlsx");
      Files.write(file, mutant);
      CliRun run = CliRun.of("validate", file.toString());
      assertThat(run.exitCode()).as("mutant %d: %s", i, run.all()).isIn(0, 1);
      for (String word : LIBRARY_WORDS) {
        assertThat(run.all()).as("mutant %d", i).doesNotContain(word);
      }
      assertThat(Files.readAllBytes(file)).as("mutant %d is unchanged", i).isEqualTo(mutant);
    }
  }

  private static byte[] flip(byte[] in, Random random) {
    byte[] out = in.clone();
    for (int n = 1 + random.nextInt(8); n > 0; n--) {
      out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
    }
    return out;
  }

  /**
   * Rewrites the zip with one XML part edited: a tag cut, a value changed, garbage or a DOCTYPE put
   * in.
   */
  private static byte[] editXml(byte[] in, Random random) throws IOException {
    List<String> names = new ArrayList<>();
    List<byte[]> parts = new ArrayList<>();
    try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(in))) {
      for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
        names.add(e.getName());
        parts.add(zin.readAllBytes());
      }
    }
    int target = random.nextInt(names.size());
    String xml = new String(parts.get(target), StandardCharsets.UTF_8);
    int at = xml.isEmpty() ? 0 : random.nextInt(xml.length());
    xml =
        switch (random.nextInt(5)) {
          case 0 -> xml.substring(0, at);
          case 1 -> xml.substring(0, at) + "<x" + xml.substring(at);
          case 2 ->
              xml.replaceFirst(
                  "<v>[^<]*</v>", "<v>" + (random.nextInt(2) == 0 ? "-1e308" : "NaN") + "</v>");
          case 3 ->
              "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                  + xml.replaceFirst("<\\?xml[^>]*>", "");
          default -> xml.replace("t=\"s\"", random.nextBoolean() ? "t=\"n\"" : "t=\"e\"");
        };
    parts.set(target, xml.getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zout = new ZipOutputStream(out)) {
      for (int i = 0; i < names.size(); i++) {
        zout.putNextEntry(new ZipEntry(names.get(i)));
        zout.write(parts.get(i));
        zout.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
