# -vv traces every request and its headers with the token redacted to its last 4.
emu
token all

# (a first run, so that the token's expiry is cached and the trace holds one exchange)
$ gandi org list
| ID                                    NAME   TYPE
| a11ce000-0000-4000-8000-000000000001  alice  individual
> {
> GET /tokeninfo -> 200
> GET /v5/organization/organizations?per_page=100&page=1 -> 200
> }

$ gandi -vv dns list example.com
| NAME         TYPE   TTL    VALUE
| @            A      1800   192.0.2.10
| @            AAAA   1800   2001:db8::10
| @            CAA    10800  0 issue "letsencrypt.org"
| @            MX     10800  10 spool.mail.gandi.net.
| @            MX     10800  50 fb.mail.gandi.net.
| @            TXT    10800  v=spf1 include:_mailcust.gandi.net ?all
| api          A      300    192.0.2.20
| api          A      300    192.0.2.21
| blog         CNAME  10800  webredir.vip.gandi.net.
| webmail      CNAME  10800  webmail.gandi.net.
| www          CNAME  10800  example.com.
| _dmarc       TXT    10800  v=DMARC1; p=none
| _imaps._tcp  SRV    10800  0 1 993 mail.gandi.net.
! gandi: > GET /v5/livedns/domains/example.com/records?per_page=100&page=1 HTTP/1.1
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
! gandi: < total-count: 11
! gandi: < Content-Length: 2075
! gandi: < body: [{"rrset_type":"A","rrset_ttl":1800,"rrset_name":"@","rrset_href":"%EMU/v5/livedns/domains/example.com/records/%40/A","rrset_values":["192.0.2.10"]},{"rrset_type":"AAAA","rrset_ttl":1800,"rrset_name":"@","rrset_href":"%EMU/v5/livedns/domains/example.com/records/%40/AAAA","rrset_values":["2001:db8::10"]},{"rrset_type":"CAA","rrset_ttl":10800,"rrset_name":"@","rrset_href":"%EMU/v5/livedns/domains/example.com/records/%40/CAA","rrset_values":["0 issue \"letsencrypt.org\""]},{"rrset_type":"MX","rrset_ttl":10800,"rrset_name":"@","rrset_href":"%EMU/v5/livedns/domains/example.com/records/%40/MX","rrset_values":["10 spool.mail.gandi.net.","50 fb.mail.gandi.net."]},{"rrset_type":"TXT","rrset_ttl":10800,"rrset_name":"@","rrset_href":"%EMU/v5/livedns/domains/example.com/records/%40/TXT","rrset_values":["\"v=spf1 include:_mailcust.gandi.net ?all\""]},{"rrset_type":"A","rrset_ttl":300,"rrset_name":"api","rrset_href":"%EMU/v5/livedns/domains/example.com/records/api/A","rrset_values":["192.0.2.20","192.0.2.21"]},{"rrset_type":"CNAME","rrset_ttl":10800,"rrset_name":"blog","rrset_href":"%EMU/v5/livedns/domains/example.com/records/blog/CNAME","rrset_values":["webredir.vip.gandi.net."]},{"rrset_type":"CNAME","rrset_ttl":10800,"rrset_name":"webmail","rrset_href":"%EMU/v5/livedns/domains/example.com/records/webmail/CNAME","rrset_values":["webmail.gandi.net."]},{"rrset_type":"CNAME","rrset_ttl":10800,"rrset_name":"www","rrset_href":"%EMU/v5/livedns/domains/example.com/records/www/CNAME","rrset_values":["example.com."]},{"rrset_type":"TXT","rrset_ttl":10800,"rrset_name":"_dmarc","rrset_href":"%EMU/v5/livedns/domains/example.com/records/_dmarc/TXT","rrset_values":["\"v=DMARC1; p=none\""]},{"rrset_type":"SRV","rrset_ttl":10800,"rrset_name":"_imaps._tcp","rrset_href":"%EMU/v5/livedns/domains/example.com/records/_imaps._tcp/SRV","rrset_values":["0 1 993 mail.gandi.net."]}]
! gandi: GET %EMU/v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200 in %MS ms, attempt 1/4
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200
