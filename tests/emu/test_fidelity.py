"""Byte for byte where gandi-api.md §12 records Gandi's answers: the bodies
(compact from the front, spaced from Pyramid), their lengths, the ETag and the
header set of each kind of answer. The expected ETags are the ones recorded
from api.gandi.net, not recomputed here."""
import base64
import hashlib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from emu_util import header, raw, rec_path, token  # noqa: E402

MISSING_401 = (b'{"message":"You must provide an access token or an API Key. See '
               b'https://api.gandi.net/docs/authentication/"}')
WRONG_401 = (b'{"code":401,"message":"The server could not verify that you authorized to access '
             b'the document you requested. Either you supplied the wrong credentials (e.g., bad '
             b'api key), or your access token has expired","object":"HTTPUnauthorized",'
             b'"cause":"Unauthorized"}')
FORBIDDEN_403 = (b'{"code":403,"message":"Access was denied to this resource.",'
                 b'"object":"HTTPForbidden","cause":"Forbidden"}')
GENERIC_404 = (b'{"code": 404, "message": "The resource could not be found.", '
               b'"object": "HTTPNotFound", "cause": "Not Found"}')
UNKNOWN_DOMAIN_404 = (b'{"code": 404, "message": "Unknown domain", '
                      b'"object": "LocalizedHTTPNotFound", "cause": "Not Found"}')
CREATED_201 = b'{"message":"DNS Record Created"}'

PROXY = {"date", "server", "via", "cache-control", "pragma", "age", "x-cache", "x-cache-hits"}
DATES = {"expires", "last-modified"}
SECURITY = {"strict-transport-security", "vary", "x-content-type-options", "x-frame-options",
            "x-xss-protection"}
FIXED = {"server": "nginx", "via": "1.1 varnish-v4, 1.1 varnish-v4",
         "cache-control": "max-age=0, must-revalidate, no-cache, no-store",
         "pragma": "no-cache", "age": "0", "x-cache": "MISS", "x-cache-hits": "0",
         "strict-transport-security": "max-age=15768000;",
         "vary": "Accept-Encoding, Accept-Language", "x-content-type-options": "nosniff",
         "x-frame-options": "DENY", "x-xss-protection": "1; mode=block"}


def names(headers):
    return {k.lower() for k, _ in headers}


def check_headers(t, headers, want, what):
    t.eq(sorted(names(headers)), sorted(want), f"header names of {what}")
    for k, v in headers:
        if k.lower() in FIXED:
            t.eq(v, FIXED[k.lower()], f"{k} of {what}")
    if "expires" in want:
        date = header(headers, "Date")
        t.eq((header(headers, "Expires"), header(headers, "Last-Modified")), (date, date),
             f"Expires and Last-Modified equal Date in {what}")


def test_recorded_etags(t):
    e = t.emu()
    st, h, body = raw(e, "GET", "/v5/domain/domains", token_name=None)
    t.eq((st, body, len(body)), (401, MISSING_401, 108), "missing credential")
    t.eq(header(h, "ETag"), 'W/"6c-r8Dpx3ZQzNoyYTVga6EZpa8Tj0U"', "ETag of the 401 (truenas/apps#1476)")
    st, h, body = raw(e, "POST", rec_path("example.com", "_acme-challenge.test", "TXT"),
                      {"rrset_values": ["challengetoken"], "rrset_ttl": 3600})
    t.eq((st, body, len(body)), (201, CREATED_201, 32), "record created")
    t.eq(header(h, "ETag"), 'W/"20-8GzTjxqNVdrkc6ay0Gf8zJRLVdc"', "ETag of the 201 (lexicon's cassette)")


def test_etag_of_any_body_is_length_and_sha1(t):
    e = t.emu()
    for path in ["/v5/livedns/domains/example.com", rec_path("example.com"),
                 "/v5/domain/domains/example.com"]:
        st, h, body = raw(e, "GET", path)
        t.eq(st, 200, path)
        digest = base64.b64encode(hashlib.sha1(body).digest()).decode()[:27]
        t.eq(header(h, "ETag"), f'W/"{len(body):x}-{digest}"', f"ETag of GET {path}")
        t.eq(header(h, "Accept-Ranges"), "bytes", f"Accept-Ranges of GET {path}")
        assert b", " not in body[:200] and b'": ' not in body, f"compact JSON: {body[:200]}"


def test_credential_refusals_byte_for_byte(t):
    e = t.emu()
    pat = token("all")["secret"]
    key = token("legacy")["secret"]
    missing = [None, "", "Bearer", "Bearer   ", "Apikey ", "Token " + pat, pat, "Basic Zm9vOmJhcg=="]
    for value in missing:
        hdrs = {} if value is None else {"Authorization": value}
        st, h, body = raw(e, "GET", "/v5/livedns/domains/example.com", headers=hdrs,
                          token_name=None)
        t.eq((st, body), (401, MISSING_401), f"Authorization {value!r}")
        check_headers(t, h, PROXY | DATES | SECURITY | {"etag", "content-type", "content-length"},
                      "the missing-credential 401")
    st, h, body = raw(e, "GET", "/v5/livedns/domains/example.com", headers={"X-Api-Key": key},
                      token_name=None)
    t.eq((st, body), (401, MISSING_401), "X-Api-Key only")
    st, h, body = raw(e, "GET", "/v5/livedns/domains/example.com",
                      headers={"Authorization": "Bearer " + "ab12" * 10}, token_name=None)
    t.eq((st, body, len(body)), (401, WRONG_401, 257), "an unknown token")
    st, h, body = raw(e, "GET", "/v5/livedns/domains/example.com",
                      headers={"Authorization": "Apikey " + pat}, token_name=None)
    t.eq((st, body, len(body)), (403, FORBIDDEN_403, 105), "a PAT sent as Apikey")
    check_headers(t, h, PROXY | DATES | SECURITY | {"etag", "content-type", "content-length"},
                  "the 403")
    st, _, body = raw(e, "GET", "/v5/livedns/domains/example.com", token_name="view")
    t.eq((st, body), (403, FORBIDDEN_403), "a token without the scope")


def test_not_found_bodies_byte_for_byte(t):
    e = t.emu()
    st, h, body = raw(e, "GET", "/v5/livedns/domains/_acme-challenge.example.com")
    t.eq((st, body, len(body)), (404, GENERIC_404, 108), "a name that is not a zone")
    check_headers(t, h, PROXY | DATES | {"content-type", "content-length"}, "a Pyramid 404")
    for path in ["/v5/livedns/domains/example.org", rec_path("example.org"),
                 rec_path("example.org", "www", "A")]:
        st, h, body = raw(e, "GET", path)
        t.eq((st, body, len(body)), (404, UNKNOWN_DOMAIN_404, 99),
             f"GET {path}: a domain of the account without a LiveDNS zone")
    st, _, body = raw(e, "GET", "/v5/livedns/domains/example-corp.com")
    t.eq((st, body), (404, GENERIC_404), "a domain of another organization is not revealed")
    st, _, body = raw(e, "GET", "/v5/livedns/domains/example.org", token_name="one-domain")
    t.eq((st, body), (404, GENERIC_404), "a domain the token does not cover")
    for name, length in [("_acme-challenge.test", 136), ("delete.testfilt", 131)]:
        st, _, body = raw(e, "GET", rec_path("example.com", name, "TXT"))
        t.eq((st, len(body)), (404, length), f"the dns-record 404 of {name}/TXT (recorded length)")
        t.eq(body, b'{"code": 404, "message": "Can\'t find the DNS record ' + name.encode() +
             b'/TXT in the zone", "object": "dns-record", "cause": "Not Found"}', "its bytes")


def test_header_sets_of_200_201_and_204(t):
    e = t.emu()
    st, h, _ = raw(e, "GET", "/v5/livedns/domains/example.com")
    t.eq(st, 200, "GET")
    check_headers(t, h, PROXY | DATES | SECURITY |
                  {"etag", "accept-ranges", "content-type", "content-length"}, "a GET 200")
    t.eq(header(h, "Content-Type"), "application/json; charset=utf-8", "content type")
    st, h, _ = raw(e, "PUT", rec_path("example.com", "hdr", "TXT"), {"rrset_values": ["x"]})
    t.eq(st, 201, "PUT")
    check_headers(t, h, PROXY | DATES | SECURITY | {"etag", "location", "content-type",
                                                     "content-length"}, "a 201")
    assert ("location", header(h, "location")) in h, "location is sent in lower case"
    st, h, body = raw(e, "DELETE", rec_path("example.com", "hdr", "TXT"))
    t.eq((st, body), (204, b""), "DELETE")
    check_headers(t, h, PROXY | DATES | SECURITY, "a 204 (no Content-Length, no ETag)")
