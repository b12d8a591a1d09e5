#!/bin/bash
# The meldtafel command of the Linux app image (bin/meldtafel), which the .deb's /usr/bin/meldtafel and menu
# entry start: the image's Java with the JVM options, class path and main class of the launcher's .cfg.
# Not jpackage's own launcher (bin/Meldtafel): at every start that one asks rpm and dpkg which package owns
# it (rpm -qf, dpkg -S, dpkg -L), only to find its helper library, before Java even starts.
set -euo pipefail
image=$(dirname "$(dirname "$(readlink -f "$0")")")
app="$image/lib/app"
cfg="$app/Meldtafel.cfg"
if [ ! -r "$cfg" ]; then
    echo "meldtafel: $cfg is missing; reinstall Meldtafel" >&2
    exit 1
fi
# GTK's OpenGL probe at start loads the graphics driver (Mesa: about 40 MB resident) that the desk never
# uses: JavaFX draws itself
export GDK_GL="${GDK_GL:-disable}"
options=()
classpath=""
main=""
# the lines the launcher reads; $APPDIR is the folder of the .cfg, as the launcher has it
while IFS= read -r line || [ -n "$line" ]; do
    value="${line#*=}"
    value="${value//\$APPDIR/$app}"
    case "$line" in
        java-options=*) options+=("$value") ;;
        app.classpath=*) classpath="$value" ;;
        app.mainclass=*) main="$value" ;;
    esac
done < "$cfg"
# The desk compiles with C1 alone: at its start C1 and C2 took 2.6 s of CPU on a 2-core PC, C2 1.6 s of it
# for 236 methods, and the window came 0.35 s later for it; the desk's own heavy work is SQLite's. The admin
# commands (log verify, demo, ...) keep C2 for their long loops. A desk start has only the desk's options
# (as StartOptions.isDeskStart decides).
desk=yes
expect_value=no
for argument in "$@"; do
    if [ "$expect_value" = yes ]; then
        expect_value=no
        continue
    fi
    case "$argument" in
        --templates | --data-dir | --database | --team) expect_value=yes ;;
        --unit | --templates=* | --data-dir=* | --database=* | --team=*) ;;
        *) desk=no ;;
    esac
done
if [ "$desk" = yes ]; then
    # one compiler thread: with two, C1 took the FX thread's second core for 1 s of the start
    options+=("-XX:TieredStopAtLevel=1" "-XX:CICompilerCount=1")
    # the heap in 2 MB pages where the kernel offers them on request (madvise): a desk start touches about
    # 90 MB of new heap and each first touch of a 4 KB page was a fault (its collections: 190 ms, then 74-151).
    # Not for the commands: where the kernel has no such pages Java says so on standard output
    options+=("-XX:+UseTransparentHugePages")
fi
if [ -z "$classpath" ] || [ -z "$main" ]; then
    echo "meldtafel: $cfg names no class path or main class; reinstall Meldtafel" >&2
    exit 1
fi
exec "$image/lib/runtime/bin/java" "${options[@]}" \
    -cp "$classpath" "$main" "$@"
