#!/bin/sh
# Static analysis: gcc -fanalyzer and cppcheck over both programs.
#   tools/analyze.sh gcc|cppcheck
# Prints the findings and exits 1 when there are any. Remaining accepted
# findings are suppressed inline with a comment saying why.
set -u
cd "$(dirname "$0")/.."
defs="-D_XOPEN_SOURCE=700 -D_DEFAULT_SOURCE -DGANDI_VERSION=\"analyze\""
case "${1:-}" in
gcc)
	out=$(mktemp -d)
	findings=$(for f in src/*.c src/*/*.c common/*.c emu/*.c; do
		[ -f "$f" ] || continue
		# shellcheck disable=SC2046,SC2086
		gcc -std=c17 -fanalyzer -O1 $defs -Icommon -Isrc -Iemu \
			$(pkg-config --cflags libcurl jansson libmicrohttpd ldns 2>/dev/null) \
			-c "$f" -o "$out/x.o" 2>&1 | grep -E 'warning:|error:'
	done)
	rm -rf "$out"
	;;
cppcheck)
	# shellcheck disable=SC2086
	findings=$(cppcheck --enable=warning,portability,performance --std=c11 --inline-suppr \
		--quiet --error-exitcode=0 $defs -Icommon -Isrc \
		src common $( [ -d emu ] && echo emu) 2>&1)
	;;
*)
	echo "usage: tools/analyze.sh gcc|cppcheck" >&2
	exit 2
	;;
esac
if [ -n "$findings" ]; then
	printf '%s\n' "$findings"
	exit 1
fi
exit 0
