#!/bin/sh
# make demo: start gandi-emu on a free loopback port, take gandi on a short
# real tour against it, stop the emulator. Nothing here talks to Gandi.
set -eu
build=${1:-build}
emu="$build/gandi-emu"
gandi="$build/gandi"
tmp=$(mktemp -d)
pid=""
cleanup() {
	[ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

"$emu" --listen 127.0.0.1:0 --quiet >"$tmp/url" 2>"$tmp/emu.err" &
pid=$!
i=0
while [ ! -s "$tmp/url" ]; do
	i=$((i + 1))
	if [ $i -gt 100 ] || ! kill -0 "$pid" 2>/dev/null; then
		echo "demo: gandi-emu did not start:" >&2
		cat "$tmp/emu.err" >&2
		exit 1
	fi
	sleep 0.05
done
url=$(head -n 1 "$tmp/url")
token=$("$emu" --help-seed | awk '$0 == "all" { getline; print $3; exit }')

# a private HOME: the demo never reads or writes your own gandi config
export HOME="$tmp/home" GANDI_API_URL="$url/v5" GANDI_ID_URL="$url" GANDI_API_KEY="$token"
unset GANDI_CONFIG GANDI_PROFILE GANDI_SHARING_ID XDG_CONFIG_HOME
mkdir -p "$HOME"

bold="" plain=""
if [ -t 1 ] && [ -z "${NO_COLOR:-}" ]; then
	bold=$(printf '\033[1m') plain=$(printf '\033[0m')
fi
step() {
	printf '\n%s$ gandi %s%s\n' "$bold" "$*" "$plain"
	"$gandi" "$@" 2>&1 # messages (what a write did) beside the data, as a terminal shows them
}
echo "gandi-emu is serving $url (a local emulator of Gandi's API)"
echo "GANDI_API_KEY holds its 'all' demo token; GANDI_API_URL points at it."
step doctor
step domain list
step dns set example.com A demo 192.0.2.42 --ttl 600
step dns add example.com TXT demo "hello from gandi"
step dns list example.com --name demo
step dns delete example.com A demo --yes
step dns list example.com --name demo
step redirect list example.com
printf '\nDone. Try it yourself: %s/gandi-emu --help, then gandi --help.\n' "$build"
