#!/usr/bin/env bash
# Checks the Linux installers that `mvn -Pinstaller package` made, as a user would get them: the .deb is
# unpacked with dpkg -x into a throwaway root (no root rights, nothing installed on this machine) and its
# launcher runs `--version` and `d2l`; the portable tar.gz is unpacked and run the same way.
# usage: check-deb.sh INSTALLER_DIR VERSION
set -euo pipefail

dir=${1:?usage: check-deb.sh INSTALLER_DIR VERSION}
version=${2:?usage: check-deb.sh INSTALLER_DIR VERSION}
max_bytes=40000000
expected_last='tensor([[ 0.9852, -1.0010]])'

fail() { echo "check-deb: FAIL: $*" >&2; exit 1; }
ok() { echo "check-deb: ok: $*"; }

shopt -s nullglob
debs=("$dir"/*.deb)
tars=("$dir"/*.tar.gz)
[ ${#debs[@]} -eq 1 ] || fail "expected one .deb in $dir, found ${#debs[@]}"
[ ${#tars[@]} -eq 1 ] || fail "expected one .tar.gz in $dir, found ${#tars[@]}"
deb=${debs[0]}

size=$(stat -c %s "$deb")
[ "$size" -lt "$max_bytes" ] || fail "$deb is $size bytes, over $max_bytes"
ok "$(basename "$deb") is $size bytes (< $max_bytes)"

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = convlab ] || fail "package name is '$(field Package)'"
[ "$(field Version)" = "$version-1" ] || fail "package version is '$(field Version)', not $version-1"
[ "$(field Section)" = education ] || fail "section is '$(field Section)'"
field Depends | tr ',' '\n' | grep -qx ' *libgtk-3-0 *' || fail "Depends lacks libgtk-3-0: $(field Depends)"
ok "control: convlab $(field Version), section education, depends on libgtk-3-0"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/root
dpkg -x "$deb" "$root"
dpkg-deb -e "$deb" "$work/DEBIAN"
app=$root/opt/convlab

desktop=$app/lib/convlab-convlab.desktop
[ -f "$desktop" ] || fail "no desktop entry at ${desktop#"$root"}"
entry() { grep -m1 "^$1=" "$desktop" | cut -d= -f2-; }
[ "$(entry Name)" = ConvLab ] || fail "desktop Name is '$(entry Name)'"
[ "$(entry Exec)" = "/opt/convlab/bin/convlab %f" ] || fail "desktop Exec is '$(entry Exec)'"
[ "$(entry Type)" = Application ] || fail "desktop Type is '$(entry Type)'"
[[ "$(entry Categories)" == Education\;* ]] || fail "desktop Categories is '$(entry Categories)'"
[ "$(entry MimeType)" = application/x-convlab ] || fail "desktop MimeType is '$(entry MimeType)'"
# Lets docks match the running window (WM_CLASS is the Application class) to this entry and its icon.
[ "$(entry StartupWMClass)" = org.convlab.ui.ConvLabApp ] || fail "desktop StartupWMClass is '$(entry StartupWMClass)'"
icon=$(entry Icon)
[ -f "$root$icon" ] || fail "desktop Icon $icon is not in the package"
# PNG: 8-byte signature, then the IHDR chunk with big-endian width and height at bytes 16..23.
png_size=$(od -An -tu1 -j16 -N8 "$root$icon" | awk '{print $3*256+$4 "x" $7*256+$8}')
[ "$(head -c 4 "$root$icon" | tail -c 3)" = PNG ] && [ "$png_size" = 256x256 ] \
    || fail "icon is not a 256 px PNG ($png_size)"
grep -q 'glob pattern="\*.convlab"' "$app"/lib/*MimeInfo.xml || fail "no *.convlab glob in the MIME info"
grep -q 'xdg-desktop-menu install /opt/convlab/lib/convlab-convlab.desktop' "$work/DEBIAN/postinst" \
    || fail "postinst does not install the menu entry"
grep -q 'update-alternatives --install /usr/bin/convlab' "$work/DEBIAN/postinst" || fail "postinst puts no convlab on the PATH"
ok "desktop entry: Name=ConvLab, Exec=$(entry Exec), Icon=$icon, Categories=$(entry Categories), MimeType=$(entry MimeType)"

[ -f "$app/lib/runtime/lib/libglass.so" ] || fail "JavaFX's natives are not inside the runtime image"
ok "JavaFX natives ship in the runtime image (nothing to unpack into ~/.openjfx)"

# The installed program runs without a home folder it could write to.
run() { HOME=$work/no-such-home "$@"; }
version_line=$(run "$app/bin/convlab" --version)
[[ "$version_line" =~ ^ConvLab\ $version\ \(Java\ [0-9][0-9.+]*,\ JavaFX\ [0-9][0-9.]*\)$ ]] \
    || fail "--version printed '$version_line'"
ok "installed convlab --version: $version_line"

run "$app/bin/convlab" d2l > "$work/d2l.txt" || fail "installed convlab d2l exited with $?"
last=$(tail -n 1 "$work/d2l.txt")
[ "$last" = "$expected_last" ] || fail "d2l's last line is '$last', not '$expected_last'"
ok "installed convlab d2l: $(wc -l < "$work/d2l.txt") lines, last: $last"

mkdir "$work/portable"
tar -xzf "${tars[0]}" -C "$work/portable"
portable=$(run "$work/portable/convlab/bin/convlab" --version)
[ "$portable" = "$version_line" ] || fail "portable --version printed '$portable'"
run "$work/portable/convlab/bin/convlab" d2l | cmp -s - "$work/d2l.txt" || fail "portable d2l differs from the .deb's"
ok "$(basename "${tars[0]}"): --version and d2l match the .deb"
