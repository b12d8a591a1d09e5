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
if [ -z "$classpath" ] || [ -z "$main" ]; then
    echo "meldtafel: $cfg names no class path or main class; reinstall Meldtafel" >&2
    exit 1
fi
exec "$image/lib/runtime/bin/java" "${options[@]}" \
    -cp "$classpath" "$main" "$@"
