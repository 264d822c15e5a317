#!/usr/bin/env python3
"""The layering of gandi's client, checked: prints each breach as FILE:LINE: what,
and exits 1 when there is any (run by `tools/analyze.sh layers`, the analyze suite).

- Gandi's JSON is the API layer's (src/gandi) and the JSON output module's
  (src/output/output-json.[ch]): nowhere else a json_t, <jansson.h>, a
  jansson call, or yajl (the streaming parser of gandi/stream.c).
- Requests are the API layer's: nowhere else an API path, a page query, a
  percent-encoded URL part, or a request handed to net/http.c directly.
- HTTP statuses are read in src/gandi (and net/http.c): nowhere else a status
  code in the code (text in strings and comments does not count).
- The layer's private headers (gandi/call.h, gandi/decode.h,
  output/output-json.h) stay inside it.
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "src")

JSON_OK = ("src/gandi/", "src/output/output-json.c", "src/output/output-json.h")
HTTP_OK = ("src/gandi/", "src/net/")
URL_ESCAPE_OK = ("src/gandi/", "src/util.c", "src/util.h")

JSON_RULES = [
    (re.compile(r"\bjson_t\b"), "a json_t"),
    (re.compile(r"#\s*include\s*<jansson\.h>"), "<jansson.h>"),
    (re.compile(r"\bjson_[a-z_]+\s*\("), "a jansson call"),
    (re.compile(r"#\s*include\s*<yajl/"), "a yajl header"),
    (re.compile(r"\byajl_[a-z_]+\s*\("), "a yajl call"),
]
PRIVATE = re.compile(r'#\s*include\s*"(gandi/call\.h|gandi/decode\.h|output/output-json\.h)"')
API_PATH = re.compile(r'"[^"\n]*(/livedns/|/domain/|/organization/|/tokeninfo|per_page|'
                      r'sharing_id=|rrset_type=)[^"\n]*"')
URL_ESCAPE = re.compile(r"\burl_escape\s*\(")
HTTP_CALL = re.compile(r"\b(http_send|http_send_all|http_send_each)\s*\(|\bstruct\s+http_request\b")
_CODES = r"(200|201|202|204|299|400|401|403|404|405|408|409|410|422|429|500|502|503|504)"
# a status compared or switched on (not a number in arithmetic: y % 400 == 0)
STATUS = re.compile(r"(==|!=|<=|>=|<|>|\bcase)\s*" + _CODES + r"\b|"
                    r"(?<![%*/+\-])(?<![%*/+\-]\s)\b" + _CODES + r"\s*(==|!=|<=|>=|<|>)")


def strip(text):
    """The code without comments and the contents of string and character literals,
    line numbers kept."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            out.append(c + " " * (min(j, n) - i - 1) + (c if j < n else ""))
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def without_comments(text):
    """The code without comments (strings kept), line numbers kept."""
    return re.sub(r"/\*.*?\*/", lambda m: re.sub(r"[^\n]", " ", m.group(0)), text,
                  flags=re.S)


def check(rel, text, say):
    code = strip(text)
    with_strings = without_comments(text)
    lines = code.split("\n")
    raw_lines = with_strings.split("\n")

    def scan(pattern, what, source):
        for no, line in enumerate(source, 1):
            if pattern.search(line):
                say(f"{rel}:{no}: {what}")

    if not rel.startswith(JSON_OK):
        for pattern, what in JSON_RULES:
            scan(pattern, f"{what} outside the API layer and output-json.c", lines)
        scan(PRIVATE, "a private header of the API layer", raw_lines)
    if not rel.startswith("src/gandi/"):
        scan(API_PATH, "an API path or query outside src/gandi", raw_lines)
    if not rel.startswith(URL_ESCAPE_OK):
        scan(URL_ESCAPE, "a URL built outside src/gandi", lines)
    if not rel.startswith(HTTP_OK):
        scan(HTTP_CALL, "a request sent past the API layer", lines)
        scan(STATUS, "an HTTP status code outside src/gandi", lines)


SELF_TEST = {
    # each line of these files breaks one rule; the checker must see every one
    "src/cmd/bad.c": [
        '#include <jansson.h>',
        'static json_t *x;',
        'int n = json_array_size(x);',
        '#include "gandi/call.h"',
        'char *u = xasprintf("%s/livedns/domains/%s", base, zone);',
        'char *e = url_escape(zone);',
        'struct http_request req;',
        'if (resp.status == 404) return 5;',
        'switch (status) { case 403: break; }',
    ],
    "src/dns/fine.c": [
        '/* a 404 in a comment, json_t in prose, "/livedns/" quoted in a comment */',
        'const char *s = "HTTP 404: json_t(";',
        'bool leap = y % 400 == 0;',
        'long era = (y - 399) / 400;',
    ],
    "src/gandi/ok.c": [
        '#include <jansson.h>',
        'if (r->status == 404) json_decref(j);',
    ],
}


def self_test():
    import tempfile
    with tempfile.TemporaryDirectory() as root:
        for rel, lines in SELF_TEST.items():
            path = os.path.join(root, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w") as f:
                f.write("\n".join(lines) + "\n")
        found = []
        for rel, lines in SELF_TEST.items():
            with open(os.path.join(root, rel)) as f:
                check(rel, f.read(), found.append)
    bad = [f for f in found if f.startswith("src/cmd/bad.c:")]
    lines_seen = {int(f.split(":")[1]) for f in bad}
    want = set(range(1, len(SELF_TEST["src/cmd/bad.c"]) + 1))
    if lines_seen != want or len(found) != len(bad):
        print("tools/layers.py self-test failed:", file=sys.stderr)
        for f in found:
            print("  " + f, file=sys.stderr)
        print(f"  breaches seen on lines {sorted(lines_seen)}, want {sorted(want)}",
              file=sys.stderr)
        return 1
    return 0


def main(argv):
    if len(argv) > 1 and argv[1] == "--self-test":
        return self_test()
    root = argv[1] if len(argv) > 1 else ROOT
    found = []
    for folder, _, files in os.walk(os.path.join(root, "src")):
        for name in sorted(files):
            if not name.endswith((".c", ".h")):
                continue
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, root).replace(os.sep, "/")
            with open(path, encoding="utf-8", errors="replace") as f:
                check(rel, f.read(), found.append)
    for line in found:
        print(line)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
