package dev.readiness.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * LibreOffice for one test class, registered as {@code @RegisterExtension static final LibreOffice
 * OFFICE = new LibreOffice();}: one user profile, made by the first conversion and deleted after
 * the class's last test. A fresh profile per conversion cost LibreOffice its first-start set-up
 * every time (some ten seconds each) and left a profile behind in the temp folder.
 */
public final class LibreOffice implements AfterAllCallback {
  private Path profile;

  /**
   * Converts a file into {@code outDir}, e.g. to "xlsx", "xls", "ods" or "pdf"; returns the file
   * written.
   */
  public Path convert(Path input, String format, Path outDir)
      throws IOException, InterruptedException {
    Path soffice = ExternalTool.require("soffice");
    if (profile == null) {
      profile = Files.createTempDirectory("lo-profile");
    }
    Files.createDirectories(outDir);
    ExternalTool.run(
        List.of(
            soffice.toString(),
            "-env:UserInstallation=" + profile.toUri(),
            "--headless",
            "--convert-to",
            format,
            "--outdir",
            outDir.toString(),
            input.toAbsolutePath().toString()),
        outDir,
        180);
    String base = input.getFileName().toString().replaceAll("\\.[^.]+$", "");
    Path out = outDir.resolve(base + "." + format);
    if (!Files.exists(out)) {
      fail("LibreOffice wrote no " + out);
    }
    return out;
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    if (profile == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(profile)) {
      files
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
    profile = null;
  }
}
