#!/bin/sh
# The release facts written in more than one file, checked against each other:
#   tools/pkgcheck.sh [DIR]      DIR: the tree to check (default: this one)
# - the file VERSION (the one home of the version: the Makefile makes GANDI_VERSION
#   of it) is the version of debian/changelog's top entry and of CHANGELOG.md's newest
#   release (an "Unreleased" section above it is fine);
# - debian/control's Build-Depends are debhelper-compat (= 13) and exactly the
#   packages of tools/deps.sh's build group, so the two cannot drift apart, less the
#   build-essential ones (gcc, make: Debian Policy 4.2 leaves them out, lintian calls
#   naming them an error).
# Run by make check (tests/pkg) and by the package build (debian/rules). Prints every
# disagreement, each with a hint, and exits 1; exits 0 silently when all agree.
set -eu
cd "${1:-$(dirname "$0")/..}"

fail=0
problem() {
	printf 'pkgcheck: %s\n' "$1" >&2
	[ $# -lt 2 ] || printf 'hint: %s\n' "$2" >&2
	fail=1
}

for f in VERSION debian/changelog debian/control CHANGELOG.md tools/deps.sh; do
	if [ ! -r "$f" ]; then
		problem "cannot read '$f'" "run it from a checkout of gandi, or give the tree's folder"
	fi
done
[ "$fail" = 0 ] || exit 1

# -- the version --------------------------------------------------------
version=$(cat VERSION)
case "$version" in
[0-9]*[!0-9A-Za-z.+~]* | [!0-9]* | "")
	problem "'VERSION' holds '$version', not a version such as 0.1.0" \
		"write one line of digits and dots (no '-': the Debian package is native)"
	;;
esac

deb_version=$(sed -n '1s/^gandi (\([^)]*\)) .*$/\1/p' debian/changelog)
if [ -z "$deb_version" ]; then
	problem "debian/changelog does not start with an entry 'gandi (VERSION) ...'" \
		"add one at the top: dch -v $version, or copy the shape of the entry below"
elif [ "$deb_version" != "$version" ]; then
	problem "debian/changelog's top entry is $deb_version, but VERSION says $version" \
		"add a debian/changelog entry for $version (dch -v $version), or correct VERSION"
fi

md_version=$(sed -n 's/^## \[\([^]]*\)\].*$/\1/p' CHANGELOG.md | grep -vix unreleased | head -n 1)
if [ -z "$md_version" ]; then
	problem "CHANGELOG.md has no release heading '## [VERSION] - DATE'" \
		"move the Unreleased notes under '## [$version] - $(date -u +%Y-%m-%d)'"
elif [ "$md_version" != "$version" ]; then
	problem "CHANGELOG.md's newest release is $md_version, but VERSION says $version" \
		"move the Unreleased notes under '## [$version] - $(date -u +%Y-%m-%d)', or correct VERSION"
fi

# -- build dependencies -------------------------------------------------
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Every entry of the source paragraph's Build-Depends* fields, one a line.
awk '
	/^$/ { exit }
	/^Build-Depends(-Arch|-Indep)?:/ { on = 1; sub(/^[^:]*:/, ""); print; next }
	/^[ \t]/ { if (on) print; next }
	{ on = 0 }
' debian/control | tr ',' '\n' | sed -e 's/^[ 	]*//' -e 's/[ 	]*$//' -e '/^$/d' >"$tmp/entries"

if ! grep -qx 'debhelper-compat (= 13)' "$tmp/entries"; then
	problem "debian/control's Build-Depends lack 'debhelper-compat (= 13)'" \
		"add it: 13 is the compat level of Debian 12's debhelper"
fi
grep -v -e '^debhelper-compat$' -e '^debhelper-compat[ (]' "$tmp/entries" >"$tmp/others" || true
while IFS= read -r entry; do
	case "$entry" in
	*'|'* | *'('* | *'['* | *'<'*)
		problem "debian/control's Build-Depends entry '$entry' is not a bare package name" \
			"name the package alone, as tools/deps.sh installs it"
		;;
	esac
done <"$tmp/others"
sed 's/[ (|[<].*$//' "$tmp/others" | sort >"$tmp/control.all"
for p in $(uniq -d "$tmp/control.all"); do
	problem "debian/control's Build-Depends name '$p' more than once" \
		"keep one '$p,' line (a merge may have added it twice)"
done
uniq "$tmp/control.all" >"$tmp/control"

if ! sh tools/deps.sh --list build >"$tmp/deps.raw"; then
	problem "tools/deps.sh --list build failed" "run it to see why"
fi
# build-essential's list (/usr/share/build-essential/list): always there when building
essential="gcc g++ make libc6-dev libc-dev dpkg-dev"
for p in $essential; do
	if grep -qx "$p" "$tmp/control"; then
		problem "debian/control's Build-Depends name '$p', which is build-essential" \
			"leave it out of debian/control (Debian Policy 4.2); tools/deps.sh keeps it"
	fi
	printf '%s\n' "$p"
done >"$tmp/essential"
sort -u "$tmp/deps.raw" | grep -vxF -f "$tmp/essential" >"$tmp/deps" || true
grep -vxF -f "$tmp/essential" "$tmp/control" >"$tmp/control.rest" || true
mv "$tmp/control.rest" "$tmp/control"

for p in $(comm -13 "$tmp/control" "$tmp/deps"); do
	problem "debian/control's Build-Depends lack '$p', of tools/deps.sh's build group" \
		"add ' $p,' to Build-Depends in debian/control"
done
for p in $(comm -23 "$tmp/control" "$tmp/deps"); do
	problem "debian/control's Build-Depends name '$p', which tools/deps.sh's build group lacks" \
		"add it to pkgs_build in tools/deps.sh, or remove it from debian/control"
done

exit "$fail"
