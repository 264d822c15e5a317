# A TSIG key's secret is shown by dns axfr tsig show (and its --json and --config) and
# nowhere else: not by tsig list (whose answer holds it), not in its --json, not in the
# -vv traces.
emu
token all

$ gandi dns axfr tsig show 75160000-0000-4000-8000-000000000001
| id       75160000-0000-4000-8000-000000000001
| key name 75160000-0000-4000-8000-000000000001.gandi.net
| secret   aiG5ji3Necheisho
> {
> GET /tokeninfo -> 200
> GET /v5/livedns/axfr/tsig/75160000-0000-4000-8000-000000000001 -> 200
> }

$ gandi dns axfr tsig show 75160000-0000-4000-8000-000000000001 --plain
| id	75160000-0000-4000-8000-000000000001
| key name	75160000-0000-4000-8000-000000000001.gandi.net
| secret	aiG5ji3Necheisho
> GET /v5/livedns/axfr/tsig/75160000-0000-4000-8000-000000000001 -> 200

$ gandi dns axfr tsig show 75160000-0000-4000-8000-000000000001 --json
| {
|   "href": "%EMU/v5/livedns/axfr/tsig/75160000-0000-4000-8000-000000000001",
|   "id": "75160000-0000-4000-8000-000000000001",
|   "key_name": "75160000-0000-4000-8000-000000000001.gandi.net",
|   "secret": "aiG5ji3Necheisho",
|   "config_samples": {
|     "bind": "%EMU/v5/livedns/axfr/tsig/75160000-0000-4000-8000-000000000001/config/bind",
|     "knot": "%EMU/v5/livedns/axfr/tsig/75160000-0000-4000-8000-000000000001/config/knot",
|     "nsd": "%EMU/v5/livedns/axfr/tsig/75160000-0000-4000-8000-000000000001/config/nsd",
|     "powerdns": "%EMU/v5/livedns/axfr/tsig/75160000-0000-4000-8000-000000000001/config/powerdns"
|   }
| }
> GET /v5/livedns/axfr/tsig/75160000-0000-4000-8000-000000000001 -> 200

$ gandi dns axfr tsig show 75160000-0000-4000-8000-000000000001 --config bind
| key "75160000-0000-4000-8000-000000000001.gandi.net" {
| 	algorithm hmac-sha256;
| 	secret "aiG5ji3Necheisho";
| };
> GET /v5/livedns/axfr/tsig/75160000-0000-4000-8000-000000000001/config/bind -> 200

$ gandi dns axfr tsig show 75160000-0000-4000-8000-000000000001 --config nsd --json
| {
|   "id": "75160000-0000-4000-8000-000000000001",
|   "software": "nsd",
|   "config": "key:\n\tname: \"75160000-0000-4000-8000-000000000001.gandi.net\"\n\talgorithm: hmac-sha256\n\tsecret: \"aiG5ji3Necheisho\"\n"
| }
> GET /v5/livedns/axfr/tsig/75160000-0000-4000-8000-000000000001/config/nsd -> 200

$ gandi dns axfr tsig show 75160000-0000-4000-8000-000000000001 --config unbound
! gandi: --config takes bind, knot, nsd or powerdns, not 'unbound'
? 2

secret aiG5ji3Necheisho

$ gandi dns axfr tsig list
| ID                                    KEY NAME
| 75160000-0000-4000-8000-000000000001  75160000-0000-4000-8000-000000000001.gandi.net
> GET /v5/livedns/axfr/tsig -> 200

$ gandi dns axfr tsig list --json
| [
|   {
|     "href": "%EMU/v5/livedns/axfr/tsig/75160000-0000-4000-8000-000000000001",
|     "id": "75160000-0000-4000-8000-000000000001",
|     "key_name": "75160000-0000-4000-8000-000000000001.gandi.net"
|   }
| ]
> GET /v5/livedns/axfr/tsig -> 200

$ gandi -vv dns axfr tsig list
| ID                                    KEY NAME
| 75160000-0000-4000-8000-000000000001  75160000-0000-4000-8000-000000000001.gandi.net
! gandi: > GET /v5/livedns/axfr/tsig HTTP/1.1
! gandi: > Host: 127.0.0.1:%PORT
! gandi: > User-Agent: gandi/0.1.0
! gandi: > Accept-Encoding: deflate, gzip, br, zstd
! gandi: > Accept: application/json
! gandi: > Authorization: Bearer ****a11a
! gandi: < HTTP/1.1 200 OK
! gandi: < Date: %HTTPDATE
! gandi: < Server: nginx
! gandi: < Via: 1.1 varnish-v4, 1.1 varnish-v4
! gandi: < Cache-Control: max-age=0, must-revalidate, no-cache, no-store
! gandi: < Pragma: no-cache
! gandi: < Age: 0
! gandi: < X-Cache: MISS
! gandi: < X-Cache-Hits: 0
! gandi: < Expires: %HTTPDATE
! gandi: < Last-Modified: %HTTPDATE
! gandi: < Strict-Transport-Security: max-age=15768000;
! gandi: < Vary: Accept-Encoding, Accept-Language
! gandi: < X-Content-Type-Options: nosniff
! gandi: < X-Frame-Options: DENY
! gandi: < X-XSS-Protection: 1; mode=block
! gandi: < ETag: %ETAG
! gandi: < Accept-Ranges: bytes
! gandi: < Content-Type: application/json; charset=utf-8
! gandi: < Content-Length: 225
! gandi: < body: [{"href":"%EMU/v5/livedns/axfr/tsig/75160000-0000-4000-8000-000000000001","id":"75160000-0000-4000-8000-000000000001","key_name":"75160000-0000-4000-8000-000000000001.gandi.net","secret":"************isho"}]
! gandi: GET %EMU/v5/livedns/axfr/tsig -> 200 in %MS ms, attempt 1/4
> GET /v5/livedns/axfr/tsig -> 200

$ sh -c '%GANDI -vv dns axfr tsig show 75160000-0000-4000-8000-000000000001 >/dev/null'
! gandi: > GET /v5/livedns/axfr/tsig/75160000-0000-4000-8000-000000000001 HTTP/1.1
! gandi: > Host: 127.0.0.1:%PORT
! gandi: > User-Agent: gandi/0.1.0
! gandi: > Accept-Encoding: deflate, gzip, br, zstd
! gandi: > Accept: application/json
! gandi: > Authorization: Bearer ****a11a
! gandi: < HTTP/1.1 200 OK
! gandi: < Date: %HTTPDATE
! gandi: < Server: nginx
! gandi: < Via: 1.1 varnish-v4, 1.1 varnish-v4
! gandi: < Cache-Control: max-age=0, must-revalidate, no-cache, no-store
! gandi: < Pragma: no-cache
! gandi: < Age: 0
! gandi: < X-Cache: MISS
! gandi: < X-Cache-Hits: 0
! gandi: < Expires: %HTTPDATE
! gandi: < Last-Modified: %HTTPDATE
! gandi: < Strict-Transport-Security: max-age=15768000;
! gandi: < Vary: Accept-Encoding, Accept-Language
! gandi: < X-Content-Type-Options: nosniff
! gandi: < X-Frame-Options: DENY
! gandi: < X-XSS-Protection: 1; mode=block
! gandi: < ETag: %ETAG
! gandi: < Accept-Ranges: bytes
! gandi: < Content-Type: application/json; charset=utf-8
! gandi: < Content-Length: 656
! gandi: < body: {"href":"%EMU/v5/livedns/axfr/tsig/75160000-0000-4000-8000-000000000001","id":"75160000-0000-4000-8000-000000000001","key_name":"75160000-0000-4000-8000-000000000001.gandi.net","secret":"************isho","config_samples":{"bind":"%EMU/v5/livedns/axfr/tsig/75160000-0000-4000-8000-000000000001/config/bind","knot":"%EMU/v5/livedns/axfr/tsig/75160000-0000-4000-8000-000000000001/config/knot","nsd":"%EMU/v5/livedns/axfr/tsig/75160000-0000-4000-8000-000000000001/config/nsd","powerdns":"%EMU/v5/livedns/axfr/tsig/75160000-0000-4000-8000-000000000001/config/powerdns"}}
! gandi: GET %EMU/v5/livedns/axfr/tsig/75160000-0000-4000-8000-000000000001 -> 200 in %MS ms, attempt 1/4
> GET /v5/livedns/axfr/tsig/75160000-0000-4000-8000-000000000001 -> 200

$ gandi dns axfr tsig show 75160000-0000-4000-8000-000000000009
! gandi: no TSIG key '%UUID(1)'
! hint: 'gandi dns axfr tsig list' lists the keys of the organization
? 5
> GET /v5/livedns/axfr/tsig/%UUID(1) -> 404

$ gandi dns axfr tsig show 'bad id'
! gandi: 'bad id' is not a TSIG key id (letters, digits and dashes)
! hint: 'gandi dns axfr tsig list' lists the keys and their ids
? 2
