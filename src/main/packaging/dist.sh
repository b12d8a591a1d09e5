#!/usr/bin/env bash
# Builds the installed form of Meldtafel from target/meldtafel.jar: a trimmed runtime (jlink), an app
# image (jpackage) with an AppCDS archive and SQLite's native library beside the jar, and on Linux a .deb.
# Run by `mvn -Pdist package` (exec-maven-plugin); arguments: the project version and the build's commit.
set -euo pipefail

VERSION="$1"
COMMIT="${2:-unknown}"
# jpackage wants numbers only (a .deb and an MSI compare them): 0.1.0-SNAPSHOT -> 0.1.0
APP_VERSION="${VERSION%%-*}"
# absolute: the AppCDS archive records the classpath as the training run gave it
DIST="$PWD/target/dist"
APP=Meldtafel
# jdeps --print-module-deps on the fat jar gives java.base, java.desktop, java.management, java.naming,
# java.scripting, java.sql, jdk.jfr, jdk.unsupported; added by hand what is reached by reflection or
# data only: jdk.security.auth (the OS account, alert.OsAccount), jdk.localedata (Dutch month names),
# jdk.crypto.ec (TLS to a PostgreSQL server), java.logging (java.sql's, named so it stays), jdk.zipfs
# (the bundled templates are read from the jar as a file system: "Provider jar not found" without it).
MODULES=java.base,java.desktop,java.logging,java.management,java.naming,java.scripting,java.sql,jdk.jfr,jdk.unsupported,jdk.security.auth,jdk.localedata,jdk.crypto.ec,jdk.zipfs

case "$(uname -m)" in
  x86_64|amd64) SQLITE_ARCH=x86_64 ;;
  aarch64|arm64) SQLITE_ARCH=aarch64 ;;
  *) echo "dist: no SQLite native library known for $(uname -m)" >&2; exit 1 ;;
esac

rm -rf "$DIST"
mkdir -p "$DIST/input/native"
cp target/meldtafel.jar "$DIST/input/"
# Shipped beside the jar and loaded from there (org.sqlite.lib.path below): sqlite-jdbc then unpacks
# nothing into the temp folder at each start and leaves no copy behind after a kill.
unzip -q -j -o target/meldtafel.jar "org/sqlite/native/Linux/$SQLITE_ARCH/libsqlitejdbc.so" -d "$DIST/input/native"

echo "dist: jlink runtime with $MODULES"
# --generate-cds-archive: the runtime's own CDS archive, the base the app's dynamic archive builds on
jlink --add-modules "$MODULES" --include-locales=en,nl --strip-debug --no-man-pages --no-header-files \
  --compress=2 --generate-cds-archive --output "$DIST/runtime"

JAVA_OPTIONS=(
  --java-options '-Dorg.sqlite.lib.path=$APPDIR/native'
  --java-options '-Dorg.sqlite.lib.name=libsqlitejdbc.so'
  # start-up: the desk allocates little; the serial collector starts fastest
  --java-options '-XX:+UseSerialGC'
  # memory: the desk shares its PC with a browser; a million-alert log runs in 256 MB (README: how to change)
  --java-options '-Xmx256m'
  --java-options '-Xms64m'
  # after a collection the heap keeps at most 30% free, so a long run's heap goes back to the PC
  --java-options '-XX:MaxHeapFreeRatio=30'
  --java-options '-XX:MinHeapFreeRatio=10'
  # a young generation of a fifth of the heap instead of a third: its pages stay touched while the desk
  # idles (RSS 230-269 MB instead of 258-301 on a million alerts); log verify took as long
  --java-options '-XX:NewRatio=4'
)
# glibc keeps memory freed by the JVM's threads in its arenas; trimming every 5 s gives it back. Only
# JDK 17.0.9+ and 21+ know the option, and a launcher with an unknown option does not start.
if "$DIST/runtime/bin/java" -XX:TrimNativeHeapInterval=5000 -version > /dev/null 2>&1; then
  JAVA_OPTIONS+=(--java-options '-XX:TrimNativeHeapInterval=5000')
else
  echo "dist: this JDK cannot trim the native heap (needs 17.0.9 or later); the launcher goes without"
fi

echo "dist: jpackage app image $APP $APP_VERSION ($COMMIT)"
jpackage --type app-image --name "$APP" --app-version "$APP_VERSION" --vendor "Meldtafel" \
  --description "Meldtafel: alerts for neighbourhood-watch groups" \
  --input "$DIST/input" --main-jar meldtafel.jar --main-class nl.meldtafel.app.Main \
  --runtime-image "$DIST/runtime" --icon src/main/packaging/linux/meldtafel.png \
  "${JAVA_OPTIONS[@]}" --dest "$DIST/image"

IMAGE="$DIST/image/$APP"
cp "$IMAGE/lib/app/$APP.cfg" "$DIST/$APP.cfg.plain"
if [ "$(uname -s)" = Linux ]; then
  # the command that starts it: the .cfg's options without jpackage's launcher, which asks rpm and dpkg
  # for its own package at every start (0.3 s of a 1.7 s start here)
  install -m 755 src/main/packaging/linux/meldtafel.sh "$IMAGE/bin/meldtafel"
fi
# AppCDS: one training run of the desk, which exits once it is usable, dumps the classes it loaded.
# The classpath is the launcher's own, so the archive matches the installed jar.
train() {
  # two commands: within one `local` the array would expand the outer $IMAGE
  local IMAGE="$1" data probe java
  java=("$IMAGE/lib/runtime/bin/java" -Dorg.sqlite.lib.path="$IMAGE/lib/app/native"
    -Dorg.sqlite.lib.name=libsqlitejdbc.so -XX:+UseSerialGC -Xmx256m -cp "$IMAGE/lib/app/meldtafel.jar")
  shift
  data=$(mktemp -d)
  probe="$data/ready.txt"
  # a desk in use: a small log, and the officer who sat there last, so the desk becomes usable at once
  "${java[@]}" nl.meldtafel.app.Main demo --alerts 200 --data-dir "$data/data" > "$DIST/cds-training.log" 2>&1
  echo '{"officer":{"personnelNumber":"100001","id":1,"name":"Training"}}' > "$data/data/settings.json"
  "$@" timeout 120 "${java[0]}" -XX:ArchiveClassesAtExit="$IMAGE/lib/app/meldtafel.jsa" "${java[@]:1}" \
    -Dmeldtafel.readyProbe="$probe" -Dmeldtafel.exitWhenReady=true \
    nl.meldtafel.app.Main --data-dir "$data/data" >> "$DIST/cds-training.log" 2>&1 || true
  chmod 644 "$IMAGE/lib/app/meldtafel.jsa" 2>/dev/null || true
  if [ ! -s "$probe" ]; then
    # a desk that never became usable trained the wrong classes
    rm -f "$IMAGE/lib/app/meldtafel.jsa"
  fi
  rm -rf "$data"
}
# no display: xvfb-run gives the training run one
XVFB=()
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run > /dev/null; then
  XVFB=(xvfb-run -a -s "-screen 0 1366x768x24")
fi
# The launcher finds the archive and JVM options in its .cfg. JDK 17 uses an archive only with the jar at
# the path it was trained at; the log options keep a mismatch (a moved image) from printing a warning.
use_archive() {
  if [ -s "$1/lib/app/meldtafel.jsa" ]; then
    sed -i 's|^\[JavaOptions\]$|[JavaOptions]\njava-options=-XX:SharedArchiveFile=$APPDIR/meldtafel.jsa\njava-options=-Xshare:auto\njava-options=-Xlog:cds=off,cds+dynamic=off|' "$1/lib/app/$APP.cfg"
    echo "dist: AppCDS archive $(du -h "$1/lib/app/meldtafel.jsa" | cut -f1) for $2"
  else
    echo "dist: WARNING no AppCDS archive for $2 (see $DIST/cds-training.log)"
  fi
}
if [ -n "${DISPLAY:-}" ] || [ ${#XVFB[@]} -gt 0 ]; then
  train "$IMAGE" "${XVFB[@]}"
fi
use_archive "$IMAGE" "the app image where it was built"

case "$(uname -s)" in
  Linux)
    if command -v dpkg-deb > /dev/null && command -v fakeroot > /dev/null; then
      echo "dist: .deb"
      DEB_IMAGE="$DIST/deb-image/$APP"
      rm -rf "$DIST/deb-image" && mkdir -p "$DIST/deb-image" && cp -a "$IMAGE" "$DEB_IMAGE"
      rm -f "$DEB_IMAGE/lib/app/meldtafel.jsa" && cp "$DIST/$APP.cfg.plain" "$DEB_IMAGE/lib/app/$APP.cfg"
      # Java 17 uses the archive only while the jar has the modification time it was trained with; packing
      # the .deb gives the jar a new one, so postinst sets it back from this file
      stat -c %Y "$DEB_IMAGE/lib/app/meldtafel.jar" > "$DEB_IMAGE/lib/app/meldtafel.jar.trained-mtime"
      # The archive must be trained at /opt/meldtafel, where the .deb installs: only when that place is free
      if [ -w /opt ] && [ ! -e /opt/meldtafel ] && { [ -n "${DISPLAY:-}" ] || [ ${#XVFB[@]} -gt 0 ]; }; then
        cp -a "$DEB_IMAGE" /opt/meldtafel
        train /opt/meldtafel "${XVFB[@]}"
        [ -s /opt/meldtafel/lib/app/meldtafel.jsa ] && cp -p /opt/meldtafel/lib/app/meldtafel.jsa "$DEB_IMAGE/lib/app/"
        rm -rf /opt/meldtafel
      fi
      use_archive "$DEB_IMAGE" "the .deb (trained at /opt/meldtafel; needs /opt writable and no Meldtafel installed on the build machine)"
      # xz at level 3: a few percent larger than dpkg's default 6, minutes faster on a 2-core build machine
      export DPKG_DEB_COMPRESSOR_TYPE="${DPKG_DEB_COMPRESSOR_TYPE:-xz}" DPKG_DEB_COMPRESSOR_LEVEL="${DPKG_DEB_COMPRESSOR_LEVEL:-3}"
      jpackage --type deb --app-image "$DEB_IMAGE" --name "$APP" --app-version "$APP_VERSION" --vendor "Meldtafel" \
        --description "Meldtafel: alerts for neighbourhood-watch groups" \
        --linux-package-name meldtafel --install-dir /opt --linux-shortcut --linux-menu-group Office \
        --linux-app-category misc --icon src/main/packaging/linux/meldtafel.png \
        --linux-deb-maintainer "meldtafel@localhost" --resource-dir src/main/packaging/linux --dest "$DIST"
    else
      echo "dist: .deb SKIPPED (dpkg-deb and fakeroot are needed)"
    fi
    echo "dist: MSI SKIPPED: an MSI is built on Windows with WiX 3 (src/main/packaging/windows/dist.ps1, run by the same profile there)"
    ;;
esac
ls -la "$DIST" "$IMAGE/lib/app"
