#!/bin/sh
# Build the Debian packages gandi and gandi-emu (and their -dbgsym) from this tree:
#   tools/deb.sh [OUT]           OUT: the output folder (default build-deb)
# dpkg-buildpackage runs in a copy, OUT/gandi-VERSION/, of the files git tracks (as they
# are now, changes included) and of new files it does not ignore, so this tree's build
# folders are neither reused nor cleaned. The source package (.dsc, .tar.xz), the .deb
# files, .buildinfo and .changes land in OUT. Unsigned (-us -uc).
set -eu
cd "$(dirname "$0")/.."
out=${1:-build-deb}

if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
	echo "error: cannot list the files to package: this is not a git checkout" >&2
	echo "hint: run dpkg-buildpackage -us -uc -b in the tree itself" >&2
	exit 1
fi
version=$(cat VERSION)
src="$out/gandi-$version"
rm -rf "$out"
mkdir -p "$src"
# Tracked files deleted in the work tree are left out. The copies get the time of now
# (tar -m), which dh_builddeb clamps to debian/changelog's date: the same .deb files,
# byte for byte, from any checkout of the same commit.
# shellcheck disable=SC2016 # the inner script expands its own "$f"
git ls-files -z --cached --others --exclude-standard |
	xargs -0 sh -c 'for f; do if [ -e "$f" ] || [ -L "$f" ]; then printf "%s\0" "$f"; fi; done' sh |
	tar --null --no-recursion -T - -cf - | tar -xmf - -C "$src"

cd "$src"
# The same build whether make started this or not: no variables or job server from an
# outer make (make deb WERROR=-Werror would reach the package's make otherwise).
unset MAKEFLAGS MFLAGS MAKELEVEL
dpkg-buildpackage -us -uc -Jauto
cd ..
echo "packages in $out:"
ls -l ./*.deb
