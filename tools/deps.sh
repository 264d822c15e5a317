#!/bin/sh
# Make sure the Debian 12 packages a task needs are installed.
#   tools/deps.sh GROUP...          groups: build test bench fuzz deb
#   tools/deps.sh --list GROUP...   print the groups' packages, one a line
# debian/control's Build-Depends are the build group (tools/pkgcheck.sh checks it).
# As root, missing packages are installed with apt-get; otherwise they are
# named with the command to install them, and the script fails.
set -eu

pkgs_build="gcc make pkg-config libcurl4-openssl-dev libjansson-dev libyajl-dev libmicrohttpd-dev nettle-dev libgmp-dev libncurses-dev libldns-dev libidn2-dev libjq-dev scdoc"
pkgs_test="python3 openssl tmux lexicon ca-certificates cppcheck bind9-dnsutils ddclient libio-socket-ssl-perl python3-certbot-dns-gandi zsh fish pebble certbot dehydrated lego iproute2 systemd"
pkgs_bench="curl hyperfine wrk lexicon openssl dnsperf pebble certbot"
pkgs_fuzz="clang libclang-rt-14-dev"
# make deb-check: build the .debs, lintian, install them and try every installed file
pkgs_deb="debhelper dpkg-dev fakeroot lintian python3 man-db bash-completion zsh fish"

list_only=
if [ "${1:-}" = --list ]; then
	list_only=1
	shift
fi

want=""
for group in "$@"; do
	known=
	case "$group" in
	"" | *[!a-z0-9_]*) ;;
	*) eval "known=\${pkgs_$group+yes}" ;;
	esac
	if [ -z "$known" ]; then
		echo "error: unknown package group '$group'" >&2
		echo "hint: the groups are the pkgs_* lists at the top of tools/deps.sh" >&2
		exit 2
	fi
	eval "list=\$pkgs_$group"
	want="$want $list"
done

if [ -n "$list_only" ]; then
	for p in $want; do
		echo "$p"
	done
	exit 0
fi

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
