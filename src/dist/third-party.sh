#!/usr/bin/env bash
# Writes THIRD-PARTY.txt: every library the jar bundles (from the build's `dependency:list`, so versions cannot
# drift) with its licence, then the bundled fonts. A library of an unknown group stops the build: its licence must
# be looked up and added here before it ships.
# Usage: third-party.sh TARGET/dependencies.txt
set -euo pipefail
licence() {
  case $1 in
    com.fasterxml.jackson.* | org.apache.* | commons-io:* | commons-codec:* | com.zaxxer:* | info.picocli:*)
      echo "Apache-2.0" ;;
    org.slf4j:*) echo "MIT" ;;
    com.github.librepdf:openpdf) echo "LGPL-2.1 or MPL-2.0 (either, at the user's choice)" ;;
    org.jfree:jfreechart) echo "LGPL-2.1-or-later" ;;
    com.github.miachm.sods:*) echo "Unlicense (public domain)" ;;
    com.github.virtuald:curvesapi | org.mnode.ical4j:* | org.threeten:*) echo "BSD-3-Clause" ;;
    *) return 1 ;;
  esac
}
cat <<'HEAD'
readiness bundles these libraries in lib/readiness.jar (their NOTICE files are merged into META-INF/NOTICE, their
licence files kept under META-INF/). Licence texts: https://spdx.org/licenses/ under each identifier.

HEAD
printf '%-60s %s\n' "LIBRARY (group:artifact:version)" "LICENCE"
sed -n 's/^ *\([^: ]*\):\([^: ]*\):jar:\([^: ]*\):\(compile\|runtime\).*/\1:\2 \3/p' "$1" | LC_ALL=C sort |
  while read -r ga v; do
    l=$(licence "$ga") || { echo "third-party.sh: no licence known for $ga; add it" >&2; exit 1; }
    printf '%-60s %s\n' "$ga:$v" "$l"
  done
cat <<'FONTS'

Fonts (in the jar under fonts/, with their licence texts beside them):
DejaVu Sans, DejaVu Sans Bold                                Bitstream Vera / DejaVu fonts licence (fonts/LICENSE-DejaVu.txt)
Droid Sans Fallback                                          Apache-2.0 (fonts/LICENSE-DroidSansFallback.txt)

The tarball and the .deb also bundle an OpenJDK runtime (runtime/): GPL-2.0 with the Classpath Exception; its
licences are in runtime/legal/. The portable zip has no runtime and uses the Java installed on the computer.
FONTS
