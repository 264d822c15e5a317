#!/bin/sh
# Make sure the Debian 12 packages a task needs are installed.
#   tools/deps.sh GROUP...   groups: build test bench fuzz
# As root, missing packages are installed with apt-get; otherwise they are
# named with the command to install them, and the script fails.
set -eu

pkgs_build="gcc make pkg-config libcurl4-openssl-dev libjansson-dev libmicrohttpd-dev libncurses-dev libldns-dev scdoc"
pkgs_test="python3 openssl tmux lexicon ca-certificates cppcheck bind9-dnsutils"
pkgs_bench="curl hyperfine wrk lexicon openssl"
pkgs_fuzz="clang libclang-rt-14-dev"

want=""
for group in "$@"; do
	eval "list=\$pkgs_$group"
	want="$want $list"
done

missing=""
for p in $want; do
	case " $missing " in *" $p "*) continue ;; esac
	status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
	case "$status" in
	*"install ok installed"*) ;;
	*) missing="$missing $p" ;;
	esac
done

[ -z "$missing" ] && exit 0

if [ "$(id -u)" = 0 ]; then
	echo "installing missing Debian packages:$missing" >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >/dev/null 2>&1 || apt-get update
	# shellcheck disable=SC2086
	apt-get install -y -qq --no-install-recommends $missing >/dev/null || {
		echo "error: apt-get could not install:$missing" >&2
		exit 1
	}
	exit 0
fi

echo "error: missing Debian packages:$missing" >&2
echo "hint: install them with: sudo apt-get install$missing" >&2
exit 1
