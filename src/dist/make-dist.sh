#!/usr/bin/env bash
# Builds the distribution from the shaded jar (run by `mvn package`):
#   target/dist/readiness/{runtime,lib,bin,share}, target/readiness-VERSION-linux-x64.tar.gz, the portable
#   target/readiness-VERSION-portable.zip (no runtime: any installed Java 17+, macOS, Windows, Linux) and, where
#   dpkg-deb is present, target/readiness_VERSION_amd64.deb.
# Usage: make-dist.sh TARGET_DIR VERSION SAMPLES_DIR PROJECT_DIR
set -euo pipefail
target=$(cd "$1" && pwd -P)
version=$2
samples=$(cd "$3" && pwd -P)
project=$(cd "$4" && pwd -P)
here=$(cd "$(dirname "$0")" && pwd -P)
jdk=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
dist=$target/dist/readiness
log=$target/dist-build.log
: >"$log"
step() { echo "[dist] ${SECONDS}s: $*"; }

# everything is made anew; the manuals and completion are the ones kept in src/dist/share (see ManualsTest)
rm -rf "$dist"
mkdir -p "$dist/lib" "$dist/bin"
cp -R "$here/share" "$dist/share"
cp "$target/readiness.jar" "$dist/lib/readiness.jar"

# 1. a runtime with only the modules the jar uses (jdeps reads the jar and every library in it)
modules=$("$jdk/bin/jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps "$dist/lib/readiness.jar")
# jdk.charsets: workbooks and file names in legacy encodings; jdk.zipfs is not needed (POI reads zips itself)
modules="$modules,jdk.charsets"
step "jlink: $modules"
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  --output "$dist/runtime" >>"$log" 2>&1
java=$dist/runtime/bin/java

# 2. a class-data archive from a training run of the real commands, with the runtime's own java
step "class-data archive: training run"
train=$target/dist-training
rm -rf "$train"
mkdir -p "$train"
n=0
run() {
  n=$((n + 1))
  (cd "$train" && "$java" -Xshare:off -XX:DumpLoadedClassList="$train/classes-$n.lst" -XX:TieredStopAtLevel=1 \
    -XX:+UseSerialGC -Djava.awt.headless=true -cp "$dist/lib/readiness.jar" dev.readiness.cli.Main "$@" \
    >>"$log" 2>&1) || true
}
run --version
run --help
run template -o "$train/blank.xlsx"
run samples -o "$train/samples"
run validate "$samples"
run report "$samples" --format json,pdf -o "$train/reports"
run report "$samples/priya-raman.xlsx" -o "$train/one"
# ids only matter for classes of custom loaders, which the tool has none of; without them the lists merge
cat "$train"/classes-*.lst | sed 's/ id: [0-9]*$//' | awk '!seen[$0]++' >"$train/classes.lst"
cp "$train/classes.lst" "$dist/lib/classes.lst"

# 3. the system libraries a headless run loads through the runtime (fonts, images, colour profiles), with the
#    Debian package of each: bin/readiness names a missing one, and the .deb depends on them. The X11 and sound
#    libraries of libawt_xawt, libjawt, libjsound and libsplashscreen are left out: a headless run never loads them.
headless=()
for so in "$dist"/runtime/lib/*.so "$dist"/runtime/lib/server/libjvm.so; do
  case ${so##*/} in libawt_xawt.so | libjawt.so | libjsound.so | libsplashscreen.so) ;; *) headless+=("$so") ;; esac
done
: >"$dist/lib/system-libraries"
if command -v dpkg-query >/dev/null 2>&1; then
  ldd "${headless[@]}" 2>/dev/null | awk '$2 == "=>" && $3 ~ /^\// {print $1, $3}' | sort -u |
    while read -r soname path; do
      case $path in "$dist"/*) continue ;; esac
      case $soname in libc.so.* | libm.so.* | libdl.so.* | libpthread.so.* | librt.so.* | ld-linux*) continue ;; esac
      package=$(dpkg-query -S "$path" 2>/dev/null || dpkg-query -S "$(readlink -f "$path")" 2>/dev/null) || package=
      package=${package%%:*}
      printf '%s %s\n' "$soname" "${package:-its package}"
    done >"$dist/lib/system-libraries"
fi
step "system libraries: $(cut -d' ' -f1 "$dist/lib/system-libraries" | tr '\n' ' ')"

# 4. the launchers, which make the archive for the folder they find themselves in (see bin/readiness), the
#    licences and the third-party list
cp "$here/bin/readiness" "$dist/bin/readiness"
chmod 755 "$dist/bin/readiness"
sed -e "s/@VERSION@/$version/" -e 's/$/\r/' "$here/bin/readiness.cmd" >"$dist/bin/readiness.cmd"
cp "$project/LICENSE" "$project/NOTICE" "$dist/"
bash "$here/third-party.sh" "$target/dependencies.txt" >"$dist/THIRD-PARTY.txt"
"$dist/bin/readiness" --version >>"$log" 2>&1
[ -f "$dist/lib/readiness.jsa.home" ] || { echo "[dist] no class-data archive was made; see $log" >&2; exit 1; }
step "class-data archive: $(du -h "$dist/lib/readiness.jsa" | cut -f1) for $(wc -l <"$train/classes.lst") classes"

[ -f "$dist/share/man/man1/readiness.1" ] || { echo "[dist] the man pages are missing" >&2; exit 1; }

# 5. the tarball (unpacked elsewhere, the launcher makes its archive anew on the first run)
tarball=$target/readiness-$version-linux-x64.tar.gz
tar -C "$target/dist" --exclude=readiness/lib/readiness.jsa --exclude=readiness/lib/readiness.jsa.home \
  --exclude=readiness/bin/readiness.cmd -czf "$tarball" readiness
step "$(basename "$tarball"): $(du -h "$tarball" | cut -f1)"

# 6. the portable zip: the jar, its class list, both launchers, manuals, licences; no runtime, so bin/readiness
#    (and bin\readiness.cmd) use the installed Java and make the archive in the user's cache folder
portable=$target/dist-portable/readiness-$version
rm -rf "$target/dist-portable"
mkdir -p "$portable/lib"
cp -a "$dist/bin" "$dist/share" "$dist/LICENSE" "$dist/NOTICE" "$dist/THIRD-PARTY.txt" "$portable/"
cp "$dist/lib/readiness.jar" "$dist/lib/classes.lst" "$portable/lib/"
zip=$target/readiness-$version-portable.zip
rm -f "$zip"
(cd "$target/dist-portable" && find "readiness-$version" -exec touch -h -d 2026-01-01T00:00:00Z {} + &&
  find "readiness-$version" -type f | LC_ALL=C sort | zip -q -X -@ "$zip")
step "$(basename "$zip"): $(du -h "$zip" | cut -f1)"

# 7. the .deb: the same folder in /opt/readiness, the command on the PATH, completion and man pages where the
#    system looks for them
if command -v dpkg-deb >/dev/null 2>&1; then
  root=$target/deb-root
  rm -rf "$root"
  mkdir -p "$root/opt" "$root/usr/bin" "$root/DEBIAN" "$root/usr/share/bash-completion/completions" \
    "$root/usr/share/man/man1"
  cp -a "$dist" "$root/opt/readiness"
  ln -s /opt/readiness/bin/readiness "$root/usr/bin/readiness"
  cp "$dist/share/bash-completion/completions/readiness" "$root/usr/share/bash-completion/completions/"
  for m in "$dist"/share/man/man1/*.1; do gzip -9n <"$m" >"$root/usr/share/man/man1/$(basename "$m").gz"; done
  # Depends: what the runtime's headless libraries link, with the versions dpkg-shlibdeps reads from the system
  depends() {
    local work=$target/deb-shlibs
    rm -rf "$work" && mkdir -p "$work/debian"
    printf 'Source: readiness\n\nPackage: readiness\nArchitecture: amd64\n' >"$work/debian/control"
    (cd "$work" && dpkg-shlibdeps -O --ignore-missing-info -l"$dist/runtime/lib" -l"$dist/runtime/lib/server" \
      "${headless[@]}" 2>>"$log") | sed -n 's/^shlibs:Depends=//p'
  }
  cat >"$root/DEBIAN/control" <<CONTROL
Package: readiness
Version: $version
Architecture: amd64
Maintainer: readiness developers <readiness@localhost>
Section: utils
Priority: optional
Installed-Size: $(du -sk "$root" | cut -f1)
Depends: $(depends)
Description: interview readiness assessments: workbooks, validation, reports
 Writes the assessment workbook, checks filled ones, scores the gaps against a
 target role, plans the study weeks and writes PDF and JSON reports. Bundles its
 own Java runtime.
CONTROL
  deb=$target/readiness_${version}_amd64.deb
  # the archive must be made for /opt/readiness, where the package puts the jar
  rm -f "$root/opt/readiness/lib/readiness.jsa" "$root/opt/readiness/lib/readiness.jsa.home" \
    "$root/opt/readiness/bin/readiness.cmd"
  cat >"$root/DEBIAN/postinst" <<'POSTINST'
#!/bin/sh
set -e
/opt/readiness/bin/readiness --version >/dev/null
POSTINST
  cat >"$root/DEBIAN/prerm" <<'PRERM'
#!/bin/sh
set -e
rm -f /opt/readiness/lib/readiness.jsa /opt/readiness/lib/readiness.jsa.home
PRERM
  chmod 755 "$root/DEBIAN/postinst" "$root/DEBIAN/prerm"
  dpkg-deb --root-owner-group -Zgzip -b "$root" "$deb" >>"$log" 2>&1
  step "$(basename "$deb"): $(du -h "$deb" | cut -f1)"
else
  step "dpkg-deb is not installed: skipped the .deb (apt-get install dpkg)"
fi
