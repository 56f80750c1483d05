#!/bin/sh
# Put NN Playground in this user's desktop menu and open its files (projects, saved runs) by double-click.
# No root needed: everything goes under ${XDG_DATA_HOME:-~/.local/share}.
#
#   ./install.sh                     from the built app's folder (packaging/dist/nn-playground/)
#   ./install.sh --exec PROGRAM      for another install, e.g. --exec ~/nn-playground/.venv/bin/nn-playground
#   ./install.sh --uninstall         remove the menu entry, icons and file types again
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
NAME=nn-playground
SIZES="16 24 32 48 64 128 256 512"
PROGRAM=""
UNINSTALL=0

while [ $# -gt 0 ]; do
    case "$1" in
        --exec) [ $# -ge 2 ] || { echo "install.sh: --exec needs a program" >&2; exit 2; }; PROGRAM=$2; shift 2 ;;
        --uninstall) UNINSTALL=1; shift ;;
        -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
        *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

refresh() {  # the desktop's caches; each tool is optional, a missing one only delays the change until re-login
    if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$DATA/mime" >/dev/null 2>&1 || true; fi
    if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database "$DATA/applications" >/dev/null 2>&1 || true; fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t "$DATA/icons/hicolor" >/dev/null 2>&1 || true; fi
}

if [ "$UNINSTALL" = 1 ]; then
    rm -f "$DATA/applications/$NAME.desktop" "$DATA/mime/packages/$NAME.xml" "$DATA/icons/hicolor/scalable/apps/$NAME.svg"
    for size in $SIZES; do rm -f "$DATA/icons/hicolor/${size}x${size}/apps/$NAME.png"; done
    refresh
    echo "NN Playground removed from the menu (the app's folder itself is untouched)."
    exit 0
fi

# The program: the built app beside this script, unless --exec names another.
if [ -z "$PROGRAM" ]; then
    PROGRAM="$HERE/$NAME"
    if [ ! -x "$PROGRAM" ]; then
        echo "install.sh: no $NAME program beside this script; run the copy in the built app's folder," >&2
        echo "or name the program with --exec (e.g. --exec \$(command -v nn-playground))" >&2
        exit 1
    fi
fi
case "$PROGRAM" in /*) ;; *) PROGRAM="$(pwd)/$PROGRAM" ;; esac
if [ ! -x "$PROGRAM" ]; then echo "install.sh: $PROGRAM is not an executable program" >&2; exit 1; fi
case "$PROGRAM" in
    *[\"\`\$\\]*) echo "install.sh: the program's path may not hold \" \` \$ or \\ (a menu entry cannot run it): $PROGRAM" >&2; exit 1 ;;
esac

# The icons and entry files: in the built app (its _internal folder) or in the source tree.
ICONS=""
for dir in "$HERE/_internal/playground/resources/icons" "$HERE/../../resources/icons"; do
    if [ -f "$dir/$NAME-256.png" ]; then ICONS=$(cd "$dir" && pwd); break; fi
done
[ -n "$ICONS" ] || { echo "install.sh: the app's icons are missing (looked in $HERE)" >&2; exit 1; }
FILES=""
for dir in "$HERE" "$HERE/_internal/packaging/linux" "$HERE/../../packaging/linux"; do
    if [ -f "$dir/$NAME.desktop" ] && [ -f "$dir/$NAME-mime.xml" ]; then FILES=$dir; break; fi
done
[ -n "$FILES" ] || { echo "install.sh: $NAME.desktop / $NAME-mime.xml are missing (looked in $HERE)" >&2; exit 1; }

mkdir -p "$DATA/applications" "$DATA/mime/packages" "$DATA/icons/hicolor/scalable/apps"
for size in $SIZES; do
    mkdir -p "$DATA/icons/hicolor/${size}x${size}/apps"
    cp "$ICONS/$NAME-$size.png" "$DATA/icons/hicolor/${size}x${size}/apps/$NAME.png"
done
cp "$ICONS/$NAME.svg" "$DATA/icons/hicolor/scalable/apps/$NAME.svg"
cp "$FILES/$NAME-mime.xml" "$DATA/mime/packages/$NAME.xml"
# Exec's path is quoted (it may hold spaces); TryExec hides the entry if the program goes away.
sed -e "s|@EXEC@|\"$PROGRAM\"|" -e "s|@TRYEXEC@|$PROGRAM|" "$FILES/$NAME.desktop" > "$DATA/applications/$NAME.desktop.tmp"
mv "$DATA/applications/$NAME.desktop.tmp" "$DATA/applications/$NAME.desktop"
refresh
echo "NN Playground is in your applications menu, and opens its projects and saved runs by double-click."
echo "  program: $PROGRAM"
echo "  entry:   $DATA/applications/$NAME.desktop"
