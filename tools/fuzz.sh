#!/bin/sh
# Run libFuzzer targets: tools/fuzz.sh SECONDS NAME...
# Each tests/fuzz/fuzz_NAME.c is built with clang's fuzzer, ASan and UBSan into
# build-fuzz/, then run for SECONDS from tests/fuzz/corpus/NAME (new inputs go
# to build-fuzz/corpus-NAME; the seed corpus in the tree is left as is).
# A crash is saved as build-fuzz/crash-NAME-*: copy it into
# tests/fuzz/regressions/NAME/ so that make check replays it from then on.
set -eu
seconds=$1
shift
cc=${FUZZ_CC:-clang}
flags="-g -O1 -std=c17 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
	-D_XOPEN_SOURCE=700 -D_DEFAULT_SOURCE -DGANDI_VERSION=\"fuzz\" -Icommon -Isrc
	$(pkg-config --cflags libcurl jansson yajl)"
libs=$(pkg-config --libs libcurl jansson yajl ncursesw)
srcs=$(ls src/*.c src/*/*.c common/*.c | grep -v '^src/main.c$')
mkdir -p build-fuzz
status=0
for name in "$@"; do
	bin=build-fuzz/fuzz_$name
	# shellcheck disable=SC2086
	$cc $flags -o "$bin" "tests/fuzz/fuzz_$name.c" $srcs $libs
	mkdir -p "build-fuzz/corpus-$name"
	dict=""
	[ -f "tests/fuzz/$name.dict" ] && dict="-dict=tests/fuzz/$name.dict"
	log=build-fuzz/fuzz_$name.log
	# shellcheck disable=SC2086
	if "$bin" -max_total_time="$seconds" -print_final_stats=1 $dict \
		-artifact_prefix="build-fuzz/crash-$name-" \
		"build-fuzz/corpus-$name" "tests/fuzz/corpus/$name" >"$log" 2>&1; then
		result="no crash"
	else
		result="CRASH (see $log and build-fuzz/crash-$name-*)"
		status=1
	fi
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
	cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1)
	echo "fuzz $name: ${runs:-?} executions in ${seconds} s, $cov, $result"
done
exit $status
