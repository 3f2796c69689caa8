#!/usr/bin/env bash
# The .deb as an office's machine gets it (CI runs this as root on its clean machine):
# installed with dpkg -i, the program run from where it was installed, a plan package opened
# through the desktop entry's own command line on an empty home, then removed again.
#
#     packaging/check_deb.sh dist/yinling_0.1.0_amd64.deb
set -euo pipefail
deb="$1"
entry=/usr/share/applications/yinling.desktop
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Every run starts from a home that has never seen the program: no settings, no data file.
fresh() { env -u XDG_DATA_HOME -u XDG_CONFIG_HOME -u XDG_CACHE_HOME -u XDG_STATE_HOME \
              -u YINLING_SCHEMA HOME="$1" QT_QPA_PLATFORM=offscreen "${@:2}"; }

dpkg -i "$deb"
test -x /opt/yinling/yinling && test -L /usr/bin/yinling && test -f "$entry"
test -f /usr/share/mime/packages/yinling.xml && test -f /usr/share/icons/hicolor/256x256/apps/yinling.png
if command -v update-mime-database >/dev/null 2>&1; then
    grep -q 'ylpkg' /usr/share/mime/globs2   # the association is in the MIME database
fi
grep -q '^MimeType=application/x-yinling-package;' "$entry"

mkdir -p "$work/home"
(cd "$work" && fresh "$work/home" /opt/yinling/yinling --selftest)

# The county's file and a package for 大坝镇, made by the installed program.
mkdir -p "$work/county"
fresh "$work/county" yinling init --db "$work/county/county.sqlite" --unit qingtongxia --clerk 马丽 >/dev/null
fresh "$work/county" yinling package export --db "$work/county/county.sqlite" --plan qingtongxia \
    --unit qingtongxia.daba -o "$work/packages" >/dev/null
package="$(ls "$work"/packages/*.ylpkg)"

# The desktop entry's Exec line with %f as the file manager fills it in, on an empty home.
read -r -a command <<< "$(sed -n 's/^Exec=//p' "$entry")"
for i in "${!command[@]}"; do [ "${command[$i]}" = "%f" ] && command[$i]="$package"; done
mkdir -p "$work/town"
started=$(date +%s.%N)
fresh "$work/town" env YINLING_EXIT_AFTER_START=1 "${command[@]}"
echo "package opened through the desktop entry in $(python3 -c "print(f'{$(date +%s.%N) - $started:.2f}')") s"
data="$work/town/.local/share/yinling/yinling.sqlite"
test -f "$data"
fresh "$work/town" python3 - "$data" <<'EOF'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
unit = db.execute("SELECT value FROM meta WHERE key = 'unit'").fetchone()
enrolled = db.execute("SELECT unit FROM enrolment").fetchall()
assert unit == ("qingtongxia.daba",) and enrolled == [("qingtongxia.daba",)], (unit, enrolled)
print("the town's data file is 大坝镇's, enrolled by its package")
EOF

dpkg -r yinling
test ! -e /opt/yinling/yinling && test ! -e "$entry" && test ! -e /usr/bin/yinling
echo "the .deb installed, ran, opened a package and was removed"
