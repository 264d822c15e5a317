# gandi and gandi-emu. Plain make, pkg-config for libraries.
#   make            build build/gandi and build/gandi-emu
#   make check      every test (also under ASan+UBSan), ends with "N passed, N failed"
#   make demo       build, start gandi-emu on a free loopback port, tour gandi
#   make bench      gandi against curl and lexicon on gandi-emu; writes bench/RESULTS.md
#   make bench-dns  queries per second of gandi-emu --dns (dnsperf); writes bench/DNS.md
#   make install    PREFIX=/usr/local DESTDIR=  (install-client, install-emu: one program each)
#   make deb        Debian packages gandi and gandi-emu into build-deb/ (dpkg-buildpackage)
#   make deb-check  make deb, lintian, then install, try and purge them (root; CI runs it)
#   make clean
# The version's one home is the file VERSION; tools/pkgcheck.sh holds debian/changelog
# and CHANGELOG.md to it.
VERSION := $(strip $(file <VERSION))
ifeq ($(VERSION),)
$(error cannot read the version from 'VERSION': the file is missing or empty; restore it (git checkout VERSION))
endif
PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
LIBEXECDIR ?= $(PREFIX)/libexec
MANDIR ?= $(PREFIX)/share/man
DATADIR ?= $(PREFIX)/share
BASHCOMPDIR ?= $(DATADIR)/bash-completion/completions
ZSHCOMPDIR ?= $(DATADIR)/zsh/site-functions
FISHCOMPDIR ?= $(DATADIR)/fish/vendor_completions.d

BUILD ?= build
SAN ?=
PKG_CONFIG ?= pkg-config
PYTHON ?= python3
CFLAGS ?= -O2 -g
WERROR ?=
WARN := -std=c17 -Wall -Wextra -Wpedantic -Wshadow -Wformat=2 $(WERROR)
ifneq ($(SAN),)
SANFLAGS := -fsanitize=$(SAN) -fno-omit-frame-pointer -fno-sanitize-recover=all
endif
BASE_CPPFLAGS := -D_XOPEN_SOURCE=700 -D_DEFAULT_SOURCE -DGANDI_VERSION='"$(VERSION)"' -Icommon -MMD -MP
ALL_CFLAGS = $(WARN) $(CFLAGS) $(SANFLAGS) $(BASE_CPPFLAGS) $(CPPFLAGS)
ALL_LDFLAGS = $(SANFLAGS) $(LDFLAGS)

# ldns (libldns-dev): the DNS wire format of gandi-emu --dns, and of gandi dns wait's
# questions to nameservers; libidn2: IDN input (libcurl loads it already: no cost at
# start); jq.h only (libjq is dlopened for --jq)
CLIENT_PKGS := libcurl jansson yajl ncursesw ldns libidn2
EMU_PKGS := libmicrohttpd jansson hogweed nettle gmp ldns libidn2
# ncursesw.pc adds -D_XOPEN_SOURCE=600 -D_DEFAULT_SOURCE: BASE_CPPFLAGS already set them.
# gandi is built for size (issue 6: stripped under 300 KB): -Os (its CPU time is mostly
# in jansson, libcurl and OpenSSL; make bench saw no difference beyond noise) and no
# unwind tables (.eh_frame: C without exceptions or cancellation never unwinds).
# Sanitizer builds keep CFLAGS as given, and the tables their reports walk.
# Each function and datum in its own section, so that the link drops those
# nothing calls (-Wl,--gc-sections: about 4 KB).
CLIENT_OPT ?= -Os -fno-asynchronous-unwind-tables -ffunction-sections -fdata-sections
CLIENT_SIZE_FLAGS := $(if $(SAN),,$(CLIENT_OPT))
CLIENT_LINK_FLAGS := $(if $(SAN),,-Wl,--gc-sections -Wl,-z,pack-relative-relocs)
CLIENT_CFLAGS = $(filter-out -D_XOPEN_SOURCE% -D_DEFAULT_SOURCE,$(shell $(PKG_CONFIG) --cflags $(CLIENT_PKGS))) -Isrc $(CLIENT_SIZE_FLAGS)
CLIENT_LIBS = $(shell $(PKG_CONFIG) --libs $(CLIENT_PKGS)) -lpthread -lm
EMU_CFLAGS = $(shell $(PKG_CONFIG) --cflags $(EMU_PKGS)) -Iemu
EMU_LIBS = $(shell $(PKG_CONFIG) --libs $(EMU_PKGS)) -lpthread -lm

COMMON_SRCS := $(wildcard common/*.c)
CLIENT_SRCS := $(wildcard src/*.c src/*/*.c)
EMU_SRCS := $(wildcard emu/*.c)
UNIT_SRCS := $(wildcard tests/unit/test_*.c)

COMMON_OBJS := $(COMMON_SRCS:%.c=$(BUILD)/obj/%.o)
CLIENT_OBJS := $(CLIENT_SRCS:%.c=$(BUILD)/obj/%.o)
CLIENT_LIB_OBJS := $(filter-out $(BUILD)/obj/src/main.o,$(CLIENT_OBJS))
EMU_OBJS := $(EMU_SRCS:%.c=$(BUILD)/obj/%.o)
UNIT_BINS := $(UNIT_SRCS:tests/unit/%.c=$(BUILD)/tests/%)
FUZZ_NAMES := $(patsubst tests/fuzz/fuzz_%.c,%,$(wildcard tests/fuzz/fuzz_*.c))
FUZZ_REPLAY := $(FUZZ_NAMES:%=$(BUILD)/tests/test_fuzz_%)

PROGS := $(BUILD)/gandi $(if $(EMU_SRCS),$(BUILD)/gandi-emu)
MANS := $(BUILD)/gandi.1 $(if $(wildcard doc/gandi-emu.1.scd),$(BUILD)/gandi-emu.1)
COMPLETIONS := $(BUILD)/completions/gandi $(BUILD)/completions/_gandi $(BUILD)/completions/gandi.fish
TEST_PROGS := $(UNIT_BINS) $(FUZZ_REPLAY) $(if $(wildcard tests/toml/decoder.c),$(BUILD)/tests/toml-decoder)

FORCE:
.PHONY: FORCE all tests check check-fast demo install install-client install-emu deb deb-check clean deps docs fuzz valgrind bench bench-dns
.SECONDARY:
all: $(PROGS) docs

docs: $(MANS) $(COMPLETIONS)

# gandi(1): hand-written sections, and the parts made from gandi's tables (gandi manpage)
GANDI_MAN_PARTS := commands scopes keys exit
$(BUILD)/gandi.1: doc/gandi.1.scd.in $(BUILD)/gandi
	for p in $(GANDI_MAN_PARTS); do $(BUILD)/gandi manpage $$p > $@.$$p || exit 1; done
	sed -e '/^@COMMANDS@$$/{r $@.commands' -e 'd}' -e '/^@SCOPES@$$/{r $@.scopes' -e 'd}' \
	    -e '/^@BROWSER_KEYS@$$/{r $@.keys' -e 'd}' -e '/^@EXIT_STATUS@$$/{r $@.exit' -e 'd}' \
	    doc/gandi.1.scd.in | scdoc > $@.tmp
	mv $@.tmp $@
	for p in $(GANDI_MAN_PARTS); do rm -f $@.$$p; done

$(BUILD)/%.1: doc/%.1.scd
	scdoc < $< > $@.tmp
	mv $@.tmp $@

$(BUILD)/completions/gandi: $(BUILD)/gandi
	@mkdir -p $(@D)
	$(BUILD)/gandi completion bash > $@
$(BUILD)/completions/_gandi: $(BUILD)/gandi
	@mkdir -p $(@D)
	$(BUILD)/gandi completion zsh > $@
$(BUILD)/completions/gandi.fish: $(BUILD)/gandi
	@mkdir -p $(@D)
	$(BUILD)/gandi completion fish > $@

# gandi version names the commit it was built from (none outside a git tree)
GIT_COMMIT := $(shell git rev-parse --short=12 HEAD 2>/dev/null)
$(BUILD)/obj/src/cmd/version.o: CPPFLAGS += -DGANDI_COMMIT='"$(or $(GIT_COMMIT),unknown)"'
$(BUILD)/obj/src/cmd/version.o: $(BUILD)/commit.stamp
$(BUILD)/commit.stamp: FORCE
	@mkdir -p $(@D)
	@echo '$(GIT_COMMIT)' | cmp -s - $@ || echo '$(GIT_COMMIT)' > $@
.PHONY: FORCE

$(BUILD)/gandi: $(CLIENT_OBJS) $(COMMON_OBJS)
	$(CC) $(ALL_LDFLAGS) $(CLIENT_LINK_FLAGS) -o $@ $^ $(CLIENT_LIBS)

$(BUILD)/gandi-emu: $(EMU_OBJS) $(BUILD)/obj/gen/seed_data.o $(COMMON_OBJS)
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(EMU_LIBS)

# gandi-emu carries emu/seed.json: tools/embed turns it into C source.
$(BUILD)/tools/embed: tools/embed.c
	@mkdir -p $(@D)
	$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) $(LDFLAGS) -o $@ $<

$(BUILD)/gen/seed_data.c: emu/seed.json $(BUILD)/tools/embed
	@mkdir -p $(@D)
	$(BUILD)/tools/embed emu_seed_json < emu/seed.json > $@.tmp && mv $@.tmp $@

$(BUILD)/obj/gen/seed_data.o: $(BUILD)/gen/seed_data.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/obj/common/%.o: common/%.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/obj/src/%.o: src/%.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(CLIENT_CFLAGS) -c -o $@ $<

$(BUILD)/obj/emu/%.o: emu/%.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(EMU_CFLAGS) -c -o $@ $<

$(BUILD)/obj/tests/%.o: tests/%.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(CLIENT_CFLAGS) -c -o $@ $<

$(BUILD)/tests/test_%: $(BUILD)/obj/tests/unit/test_%.o $(CLIENT_LIB_OBJS) $(COMMON_OBJS)
	@mkdir -p $(@D)
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(CLIENT_LIBS)

# test_secrets looks into every block gandi's code frees, for unwiped tokens
$(BUILD)/tests/test_secrets: ALL_LDFLAGS += -Wl,--wrap=free

# each fuzz target, replaying its seed corpus and past crashes (run by make check)
$(BUILD)/tests/test_fuzz_%: $(BUILD)/obj/tests/fuzz/fuzz_%.o $(BUILD)/obj/tests/fuzz/driver.o $(CLIENT_LIB_OBJS) $(COMMON_OBJS)
	@mkdir -p $(@D)
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(CLIENT_LIBS)

$(BUILD)/tests/toml-decoder: $(BUILD)/obj/tests/toml/decoder.o $(CLIENT_LIB_OBJS) $(COMMON_OBJS)
	@mkdir -p $(@D)
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(CLIENT_LIBS)

tests: $(PROGS) $(TEST_PROGS)

# The suite runs twice: plain build, then an AddressSanitizer+UBSan build.
# Both builds use every core unless make was given its own -j (then its jobserver);
# tests/run.py runs the static analysers beside the suites.
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
PARALLEL = $(if $(filter -j%,$(MAKEFLAGS)),,-j$(JOBS))
check: deps
	$(MAKE) $(PARALLEL) all tests
	$(MAKE) $(PARALLEL) BUILD=build-san SAN=address,undefined CFLAGS='-O1 -g' all tests
	$(PYTHON) tests/run.py --build $(BUILD) --san-build build-san

# The end-to-end suite with gandi under valgrind's memcheck (slow; not in check).
valgrind: all tests
	GANDI_TEST_VALGRIND=1 $(PYTHON) tests/run.py --build $(BUILD) e2e golden

# One build, no sanitizers: for quick iterations.
check-fast:
	$(MAKE) $(PARALLEL) all tests
	$(PYTHON) tests/run.py --build $(BUILD)

deps:
	@sh tools/deps.sh build test

# libFuzzer (clang): each target for FUZZ_TIME seconds from its seed corpus
FUZZ_TIME ?= 60
fuzz:
	@sh tools/deps.sh build fuzz
	@sh tools/fuzz.sh $(FUZZ_TIME) $(FUZZ_NAMES)

demo:
	@sh tools/deps.sh build
	@$(MAKE) --no-print-directory all
	@sh tools/demo.sh $(BUILD)

# Not part of check: several minutes of timings (BENCH_FLAGS: see bench/bench.py --help).
BENCH_FLAGS ?=
bench:
	@sh tools/deps.sh build bench
	@$(MAKE) --no-print-directory all
	$(PYTHON) bench/bench.py --build $(BUILD) --out bench/RESULTS.md $(BENCH_FLAGS)

# Not part of check either: about a minute of dnsperf against gandi-emu --dns.
bench-dns:
	@sh tools/deps.sh build bench
	@$(MAKE) --no-print-directory $(BUILD)/gandi-emu
	$(PYTHON) bench/dns.py --build $(BUILD) --out bench/DNS.md

# What make install puts where. The Debian packages are made from the same two targets
# (debian/rules: install-client into gandi, install-emu into gandi-emu), so a file added
# to a list below is installed and packaged, and make deb-check tries it.
#   GANDI_LIBEXEC: executables for $(LIBEXECDIR)/gandi/ (hooks run by a bare path:
#                  dehydrated's HOOK=, lego's EXEC_PATH=)
#   GANDI_SHARE:   files for $(DATADIR)/gandi/ (the acme.sh shim)
GANDI_LIBEXEC := $(BUILD)/hooks/acme-dehydrated $(BUILD)/hooks/acme-lego
GANDI_SHARE := $(BUILD)/hooks/dns_gandi_cli.sh

# hooks/*.in name the installed gandi by its path (dehydrated and lego run them with
# whatever PATH they have): made again whenever the install paths change.
HOOK_PATHS := $(BINDIR) $(LIBEXECDIR) $(DATADIR)
$(BUILD)/hooks/paths: FORCE
	@mkdir -p $(@D)
	@echo '$(HOOK_PATHS)' | cmp -s - $@ || echo '$(HOOK_PATHS)' > $@

$(BUILD)/hooks/%: hooks/%.in $(BUILD)/hooks/paths
	sed -e 's|@BINDIR@|$(BINDIR)|g' -e 's|@LIBEXECDIR@|$(LIBEXECDIR)|g' \
		-e 's|@DATADIR@|$(DATADIR)|g' $< > $@.tmp
	chmod 755 $@.tmp
	mv $@.tmp $@

install: install-client install-emu

install-client: all $(GANDI_LIBEXEC) $(GANDI_SHARE)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(BASHCOMPDIR) \
		$(DESTDIR)$(ZSHCOMPDIR) $(DESTDIR)$(FISHCOMPDIR)
	install -m 755 $(BUILD)/gandi $(DESTDIR)$(BINDIR)/gandi
	install -m 644 $(BUILD)/gandi.1 $(DESTDIR)$(MANDIR)/man1/gandi.1
	install -m 644 $(BUILD)/completions/gandi $(DESTDIR)$(BASHCOMPDIR)/gandi
	install -m 644 $(BUILD)/completions/_gandi $(DESTDIR)$(ZSHCOMPDIR)/_gandi
	install -m 644 $(BUILD)/completions/gandi.fish $(DESTDIR)$(FISHCOMPDIR)/gandi.fish
	$(if $(GANDI_LIBEXEC),install -d $(DESTDIR)$(LIBEXECDIR)/gandi)
	$(if $(GANDI_LIBEXEC),install -m 755 $(GANDI_LIBEXEC) $(DESTDIR)$(LIBEXECDIR)/gandi/)
	$(if $(GANDI_SHARE),install -d $(DESTDIR)$(DATADIR)/gandi)
	$(if $(GANDI_SHARE),install -m 644 $(GANDI_SHARE) $(DESTDIR)$(DATADIR)/gandi/)

install-emu: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1
	install -m 755 $(BUILD)/gandi-emu $(DESTDIR)$(BINDIR)/gandi-emu
	install -m 644 $(BUILD)/gandi-emu.1 $(DESTDIR)$(MANDIR)/man1/gandi-emu.1

# Debian packages, built by dpkg-buildpackage in a copy of the tree (build-deb/gandi-VERSION:
# the files git tracks, changed or not, and new ones it does not ignore), so the build
# folders here stay as they are; the .deb, .dsc, .tar.xz, .changes go to build-deb/.
deb:
	@sh tools/deps.sh build deb
	sh tools/deb.sh build-deb

# The packages as a user gets them: make deb, lintian, dpkg -i, every installed file
# tried, purge (root only: it fails without). Ends "deb: N passed, N failed".
deb-check:
	@sh tools/deps.sh build deb
	$(PYTHON) tests/deb/check.py build-deb

clean:
	rm -rf build build-san build-fuzz build-deb

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
