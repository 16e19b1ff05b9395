# precis — build, test, demo, bench, fuzz.
#   make            library + CLI in build/ (build/precis)
#   make demo       install missing Debian packages, build, brief the bundled example
#   make check      every test, normal build and ASan+UBSan build
#   make bench      throughput and latency figures (not a test)
#   make eval       quality figures against ../shared/data (skips what is absent)
#   make fuzz       build libFuzzer targets (clang) and run each briefly
#   make install    PREFIX=/usr/local DESTDIR=
CC      ?= cc
BUILD   ?= build
PREFIX  ?= /usr/local
SHARED  ?= ../shared
SAN     ?=
PKGS     = libutf8proc libxml-2.0 sqlite3 jansson zlib hunspell
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lstemmer -lglpk -lm

WARN    = -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wno-unused-parameter
OPT    ?= -O2 -g
CFLAGS_ALL = -std=c17 -D_POSIX_C_SOURCE=200809L $(WARN) $(OPT) -fPIC -fvisibility=hidden \
             -Iinclude -Isrc -I$(BUILD)/gen $(PKG_CFLAGS) $(CFLAGS)
ifeq ($(SAN),1)
CFLAGS_ALL += -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
LDSAN = -fsanitize=address,undefined
endif

LIB_SRC  = $(sort $(wildcard src/*.c))
CLI_SRC  = $(sort $(wildcard cli/*.c))
TEST_SRC = $(sort $(wildcard tests/unit/test_*.c))
GEN_SRC  = $(BUILD)/gen/langdata.c
LIB_OBJ  = $(LIB_SRC:src/%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/langdata.o
CLI_OBJ  = $(CLI_SRC:cli/%.c=$(BUILD)/cli/%.o)
TEST_BIN = $(TEST_SRC:tests/unit/%.c=$(BUILD)/tests/%)
LANGDATA = $(sort $(wildcard data/*/*.txt))
# The gazetteer of countries and regions comes from Debian's iso-codes (tools/gen_places.c), and
# the list of countries alone, from which data/demonyms derives people's adjectives.
ISOCODES ?= /usr/share/iso-codes/json
ISO_FR_MO ?= /usr/share/locale/fr/LC_MESSAGES/iso_3166-1.mo
PLACES   = $(BUILD)/gen/data/places/en.txt $(BUILD)/gen/data/places/fr.txt \
           $(BUILD)/gen/data/countries/en.txt $(BUILD)/gen/data/countries/fr.txt
# The gazetteer of cities comes from the GeoNames dump in Debian's libgeonames (tools/gen_cities.c);
# without it the table is empty and the build says so.
CITIES   = $(BUILD)/gen/data/cities/all.txt
# English words in lower case (Debian's wamerican word list): a name made only of them, with
# nothing that makes it a person, is not one ("Great Escape", "Sports Illustrated"; facts.c
# retype()). Without the list the table is empty and the build says so.
WORDS_EN ?= /usr/share/dict/american-english
LEXICON  = $(BUILD)/gen/data/lexicon/en.txt
# English nouns that only ever name a person (Debian's WordNet, wordnet-base; tools/gen_persons.awk):
# one right before a name of several words makes it a person's ("juror Richelle Nice", facts.c
# retype()). Without WordNet the table is empty and the build says so.
WORDNET  ?= /usr/share/wordnet
PERSONS  = $(BUILD)/gen/data/persons/en.txt
# Given names of the 1990 US Census (Debian's libtext-names-perl, tools/gen_given.awk), without
# English words, places and cities: they add to data/given ("Ingrid", "Taylor"). Without the
# package the table is empty and the build says so.
NAMES_PM ?= /usr/share/perl5/Text/Names.pm
CENSUS   = $(BUILD)/gen/data/census/all.txt
# The French morphological dictionary the CLI hands the library: Debian's hunspell-fr cut to the
# entries precis reads (tools/gen_morphdict.c), with hunspell-tools' unmunch. It loads in about
# 12 ms instead of 50; the words' readings are the same.
HUNSPELL_DIR ?= /usr/share/hunspell
UNMUNCH  ?= unmunch
MORPH    = $(BUILD)/share/precis/hunspell/fr.aff $(BUILD)/share/precis/hunspell/fr.dic

.PHONY: all demo check test test-asan bench eval fuzz fuzz-build install clean regen deps
all: $(BUILD)/precis $(BUILD)/libprecis.a $(BUILD)/libprecis.so $(TEST_BIN) $(MORPH)

deps:
	@sh scripts/install-deps.sh

# Language tables are generated into the build by a small C tool (host compiler, no sanitizers).
$(BUILD)/gen/gen_langdata: tools/gen_langdata.c
	@mkdir -p $(dir $@)
	cc -std=c17 -D_POSIX_C_SOURCE=200809L -O1 -Wall -Wextra -o $@ $<

$(BUILD)/gen/gen_places: tools/gen_places.c
	@mkdir -p $(dir $@)
	cc -std=c17 -D_POSIX_C_SOURCE=200809L -O1 -Wall -Wextra $(shell pkg-config --cflags jansson) -o $@ $< $(shell pkg-config --libs jansson)

$(PLACES) &: $(BUILD)/gen/gen_places
	@mkdir -p $(BUILD)/gen/data/places $(BUILD)/gen/data/countries
	$(BUILD)/gen/gen_places $(ISOCODES) $(ISO_FR_MO) $(BUILD)/gen/data

$(CITIES): tools/gen_cities.c
	@mkdir -p $(BUILD)/gen/data/cities
	@if pkg-config --exists geonames; then \
	    cc -std=c17 -D_POSIX_C_SOURCE=200809L -O1 -Wall -Wextra $$(pkg-config --cflags geonames libutf8proc) \
	        -o $(BUILD)/gen/gen_cities $< $$(pkg-config --libs geonames libutf8proc) && \
	    $(BUILD)/gen/gen_cities $@; \
	else \
	    echo "gen_cities: libgeonames not found (scripts/install-deps.sh installs libgeonames-dev): no gazetteer of cities" >&2; \
	    echo "# empty: libgeonames was not found at build time" > $@; \
	fi

$(LEXICON):
	@mkdir -p $(BUILD)/gen/data/lexicon
	@if [ -r $(WORDS_EN) ]; then \
	    { echo "# generated from $(WORDS_EN): its words of lower-case ASCII letters"; \
	      LC_ALL=C grep -x '[a-z][a-z]*' $(WORDS_EN); } > $@.tmp && mv $@.tmp $@; \
	else \
	    echo "lexicon: $(WORDS_EN) not found (scripts/install-deps.sh installs wamerican): no English word list" >&2; \
	    echo "# empty: $(WORDS_EN) was not found at build time" > $@; \
	fi

$(PERSONS): tools/gen_persons.awk
	@mkdir -p $(BUILD)/gen/data/persons
	@if [ -r $(WORDNET)/data.noun ]; then \
	    awk -f tools/gen_persons.awk $(WORDNET)/data.verb $(WORDNET)/data.adj $(WORDNET)/data.adv \
	        $(WORDNET)/data.noun | LC_ALL=C sort > $@.tmp && mv $@.tmp $@; \
	else \
	    echo "persons: $(WORDNET)/data.noun not found (scripts/install-deps.sh installs wordnet-base): no English person nouns" >&2; \
	    echo "# empty: $(WORDNET)/data.noun was not found at build time" > $@; \
	fi

$(CENSUS): tools/gen_given.awk $(LEXICON) $(PLACES) $(CITIES) data/gazetteer/en.txt data/gazetteer/fr.txt data/given/all.txt
	@mkdir -p $(BUILD)/gen/data/census
	@if [ -r $(NAMES_PM) ]; then \
	    awk -f tools/gen_given.awk $(NAMES_PM) $(LEXICON) $(PLACES) data/gazetteer/en.txt data/gazetteer/fr.txt \
	        $(CITIES) data/given/all.txt | LC_ALL=C sort > $@.tmp && mv $@.tmp $@; \
	else \
	    echo "census: $(NAMES_PM) not found (scripts/install-deps.sh installs libtext-names-perl): no census given names" >&2; \
	    echo "# empty: $(NAMES_PM) was not found at build time" > $@; \
	fi

$(BUILD)/gen/gen_morphdict: tools/gen_morphdict.c
	@mkdir -p $(dir $@)
	cc -std=c17 -D_POSIX_C_SOURCE=200809L -O2 -Wall -Wextra $(shell pkg-config --cflags hunspell) -o $@ $< $(shell pkg-config --libs hunspell)

# Without unmunch (hunspell-tools not installed) there is no cut dictionary, and the CLI reads the
# whole one: the same briefs, a slower first French brief.
$(MORPH) &: $(BUILD)/gen/gen_morphdict $(HUNSPELL_DIR)/fr.aff $(HUNSPELL_DIR)/fr.dic
	@mkdir -p $(BUILD)/share/precis/hunspell
	@if ! command -v $(UNMUNCH) >/dev/null 2>&1; then \
	    echo "precis: $(UNMUNCH) not found (hunspell-tools): no cut French dictionary, the CLI reads the whole one" >&2; \
	else \
	    set -e; \
	    $(BUILD)/gen/gen_morphdict nouns $(HUNSPELL_DIR)/fr.dic > $(BUILD)/gen/fr-nouns.dic; \
	    $(UNMUNCH) $(BUILD)/gen/fr-nouns.dic $(HUNSPELL_DIR)/fr.aff > $(BUILD)/gen/fr-nouns.forms 2>/dev/null; \
	    $(BUILD)/gen/gen_morphdict cut $(HUNSPELL_DIR)/fr.aff $(HUNSPELL_DIR)/fr.dic $(BUILD)/gen/fr-nouns.forms \
	        > $(BUILD)/share/precis/hunspell/fr.dic.tmp; \
	    cp $(HUNSPELL_DIR)/fr.aff $(BUILD)/share/precis/hunspell/fr.aff; \
	    mv $(BUILD)/share/precis/hunspell/fr.dic.tmp $(BUILD)/share/precis/hunspell/fr.dic; \
	    rm -f $(BUILD)/gen/fr-nouns.dic $(BUILD)/gen/fr-nouns.forms; \
	fi

$(BUILD)/gen/langdata.c: $(BUILD)/gen/gen_langdata $(LANGDATA) $(PLACES) $(CITIES) $(LEXICON) $(PERSONS) $(CENSUS)
	$(BUILD)/gen/gen_langdata $(LANGDATA) $(PLACES) $(CITIES) $(LEXICON) $(PERSONS) $(CENSUS) > $@.tmp && mv $@.tmp $@

$(BUILD)/obj/langdata.o: $(BUILD)/gen/langdata.c src/internal.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -c $< -o $@

$(BUILD)/obj/%.o: src/%.c include/precis.h $(wildcard src/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -DPRECIS_BUILDING -c $< -o $@

$(BUILD)/cli/%.o: cli/%.c include/precis.h $(wildcard cli/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -c $< -o $@

$(BUILD)/libprecis.a: $(LIB_OBJ)
	rm -f $@; ar rcs $@ $^

$(BUILD)/libprecis.so: $(LIB_OBJ)
	$(CC) -shared -o $@ $^ $(LDSAN) $(PKG_LIBS)

$(BUILD)/precis: $(CLI_OBJ) $(BUILD)/libprecis.a | $(MORPH)
	$(CC) -o $@ $(CLI_OBJ) $(BUILD)/libprecis.a $(LDSAN) $(PKG_LIBS)

$(BUILD)/tests/%: tests/unit/%.c tests/unit/harness.h $(BUILD)/libprecis.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -Itests/unit $< -o $@ $(BUILD)/libprecis.a $(LDSAN) $(PKG_LIBS)

demo: deps
	@$(MAKE) --no-print-directory $(BUILD)/precis
	./$(BUILD)/precis brief examples/karabakh

test: all
	@sh tests/run.sh $(BUILD)

test-asan:
	@$(MAKE) --no-print-directory BUILD=build-asan SAN=1 OPT="-O1 -g" all
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  sh tests/run.sh build-asan

# Every suite appends "passed failed" to build/check-results; the last line totals them.
check: deps
	@mkdir -p build && rm -f build/check-results
	@RESULTS=$(CURDIR)/build/check-results $(MAKE) --no-print-directory test
	@RESULTS=$(CURDIR)/build/check-results $(MAKE) --no-print-directory test-asan
	@RESULTS=$(CURDIR)/build/check-results $(MAKE) --no-print-directory fuzz FUZZ_SECONDS=$${FUZZ_SECONDS:-5}
	@awk '{p += $$1; f += $$2} END {print "check: " p " passed, " f " failed"; exit f > 0}' build/check-results

bench: all
	@sh bench/run.sh $(BUILD) $(SHARED)

eval: all
	@sh tools/eval.sh $(BUILD) $(SHARED)

FUZZ_SRC = $(sort $(wildcard fuzz/fuzz_*.c))
FUZZ_BIN = $(FUZZ_SRC:fuzz/%.c=build-fuzz/%)
FUZZ_SECONDS ?= 20
build-fuzz/%: fuzz/%.c $(wildcard src/*.c src/*.h) include/precis.h $(LANGDATA)
	@$(MAKE) --no-print-directory BUILD=build-fuzz CC=clang SAN=1 OPT="-O1 -g" CFLAGS="-fsanitize=fuzzer-no-link" build-fuzz/libprecis.a
	clang -std=c17 -D_POSIX_C_SOURCE=200809L -O1 -g -fsanitize=fuzzer,address,undefined -Iinclude -Isrc $(PKG_CFLAGS) $< -o $@ build-fuzz/libprecis.a $(PKG_LIBS)
fuzz-build: $(FUZZ_BIN)
fuzz: fuzz-build
	@sh fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_BIN)

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(PREFIX)/include $(DESTDIR)$(PREFIX)/lib/pkgconfig
	install -m 755 $(BUILD)/precis $(DESTDIR)$(PREFIX)/bin/
	install -m 644 $(BUILD)/libprecis.a $(BUILD)/libprecis.so $(DESTDIR)$(PREFIX)/lib/
	install -m 644 include/precis.h $(DESTDIR)$(PREFIX)/include/
	if [ -f $(BUILD)/share/precis/hunspell/fr.dic ]; then install -d $(DESTDIR)$(PREFIX)/share/precis/hunspell && \
	    install -m 644 $(MORPH) $(DESTDIR)$(PREFIX)/share/precis/hunspell/; fi
	sed -e 's|@PREFIX@|$(PREFIX)|' -e "s|@VERSION@|$$(sed -n 's/^#define PRECIS_VERSION_STRING \"\(.*\)\"/\1/p' include/precis.h)|" precis.pc.in > $(DESTDIR)$(PREFIX)/lib/pkgconfig/precis.pc

regen:
	rm -f $(BUILD)/gen/langdata.c; $(MAKE) $(BUILD)/gen/langdata.c

clean:
	rm -rf build build-asan build-fuzz
