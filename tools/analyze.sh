#!/bin/sh
# Static analysis: gcc -fanalyzer and cppcheck over both programs, a grep
# that no value comparison or validation lives outside the value module, and
# the API layer's boundaries in the client (tools/layers.py).
#   tools/analyze.sh gcc|cppcheck|values|layers
# Prints the findings and exits 1 when there are any. Remaining accepted
# findings are suppressed inline with a comment saying why.
set -u
cd "$(dirname "$0")/.."
defs="-D_XOPEN_SOURCE=700 -D_DEFAULT_SOURCE -DGANDI_VERSION=\"analyze\""
case "${1:-}" in
gcc)
	# one compiler per core (ANALYZE_JOBS to change it): the files are independent
	jobs=${ANALYZE_JOBS:-$(nproc 2>/dev/null || echo 2)}
	# shellcheck disable=SC2086
	flags="-std=c17 -fanalyzer -O1 $defs -Icommon -Isrc -Iemu $(pkg-config --cflags libcurl jansson libmicrohttpd ldns 2>/dev/null)"
	findings=$(for f in src/*.c src/*/*.c common/*.c emu/*.c; do
		[ -f "$f" ] && printf '%s\n' "$f"
	done | xargs -P "$jobs" -n 1 sh -c '
		# shellcheck disable=SC2086
		gcc $0 -c "$1" -o /dev/null 2>&1 | grep -E "warning:|error:"
		exit 0' "$flags" | sort)
	;;
cppcheck)
	# shellcheck disable=SC2086
	findings=$(cppcheck --enable=warning,portability,performance --std=c11 --inline-suppr \
		--quiet --error-exitcode=0 $defs -Icommon -Isrc \
		src common $( [ -d emu ] && echo emu) 2>&1)
	;;
values)
	# each rule of tools/values.rules, on src/ but value.c, less tools/values.allow
	findings=$(grep -v '^#' tools/values.rules | while IFS='	' read -r rule regex why; do
		[ -n "$rule" ] || continue
		grep -rnE "$regex" src --include='*.c' --include='*.h' | grep -v '^src/dns/value\.c:' |
			while IFS= read -r hit; do
				path=${hit%%:*}
				if ! grep -q "^$path	$rule	" tools/values.allow; then
					printf '%s: %s (%s)\n' "$hit" "$rule" "$why"
				fi
			done
	done
	# an exception that nothing needs any more is stale: remove it
	grep -v '^#' tools/values.allow | while IFS='	' read -r path rule why; do
		[ -n "$path" ] || continue
		regex=$(grep "^$rule	" tools/values.rules | cut -f2)
		if [ -z "$regex" ] || ! grep -qE "$regex" "$path" 2>/dev/null; then
			printf 'tools/values.allow: %s %s: nothing matches; remove the exception\n' \
				"$path" "$rule"
		fi
	done)
	;;
layers)
	# the API layer's boundaries (tools/layers.py), after checking the checker
	findings=$(python3 tools/layers.py --self-test 2>&1 && python3 tools/layers.py 2>&1)
	;;
*)
	echo "usage: tools/analyze.sh gcc|cppcheck|values|layers" >&2
	exit 2
	;;
esac
if [ -n "$findings" ]; then
	printf '%s\n' "$findings"
	exit 1
fi
exit 0
