# --fqdn NAME stands for DOMAIN and NAME (or DOMAIN alone): the zone is the longest
# suffix of NAME that is one of the token's LiveDNS domains, asked for one by one
# (labels starting with '_' are no domain, and are not asked); -v says which it used.
emu
token all

$ gandi -v dns add --fqdn _acme-challenge.www.example.com TXT tok-1
! gandi: GET %EMU/v5/livedns/domains/www.example.com -> 404 in %MS ms, attempt 1/4
! gandi: GET %EMU/v5/livedns/domains/example.com -> 200 in %MS ms, attempt 1/4
! gandi: zone example.com holds _acme-challenge.www.example.com
! gandi: GET %EMU/v5/livedns/domains/example.com/records/_acme-challenge.www/TXT -> 404 in %MS ms, attempt 1/4
! gandi: POST %EMU/v5/livedns/domains/example.com/records/_acme-challenge.www/TXT -> 201 in %MS ms, attempt 1/4
! add TXT _acme-challenge.www in example.com: tok-1 (TTL 300)
! gandi: GET %EMU/tokeninfo -> 200 in %MS ms
> {
> GET /v5/livedns/domains/example.com -> 200
> GET /v5/livedns/domains/example.com/records/_acme-challenge.www/TXT -> 404
> GET /v5/livedns/domains/www.example.com -> 404
> }
> POST /v5/livedns/domains/example.com/records/_acme-challenge.www/TXT -> 201
>   content-type: application/json
>   body: {"rrset_values":["\"tok-1\""],"rrset_ttl":300}
> GET /tokeninfo -> 200

$ gandi dns get --fqdn _acme-challenge.www.example.com. TXT
| NAME                 TYPE  TTL  VALUE
| _acme-challenge.www  TXT   300  tok-1
> {
> GET /v5/livedns/domains/example.com -> 200
> GET /v5/livedns/domains/example.com/records/_acme-challenge.www/TXT -> 200
> GET /v5/livedns/domains/www.example.com -> 404
> }

$ gandi dns list --fqdn deep.down.example.net --type A
| NAME  TYPE  TTL    VALUE
| @     A     10800  192.0.2.30
> {
> GET /v5/livedns/domains/deep.down.example.net -> 404
> GET /v5/livedns/domains/down.example.net -> 404
> GET /v5/livedns/domains/example.net -> 200
> GET /v5/livedns/domains/example.net/records?rrset_type=A&per_page=100&page=1 -> 200
> }

$ gandi dns remove --fqdn _ACME-challenge.WWW.example.com TXT tok-1
! remove TXT _acme-challenge.www in example.com: tok-1
> {
> GET /v5/livedns/domains/example.com -> 200
> GET /v5/livedns/domains/example.com/records/_acme-challenge.www/TXT -> 200
> GET /v5/livedns/domains/www.example.com -> 404
> }
> PATCH /v5/livedns/domains/example.com/records/_acme-challenge.www/TXT -> 200
>   content-type: application/json
>   body: {"remove_rrset_values":["\"tok-1\""]}
> DELETE /v5/livedns/domains/example.com/records/_acme-challenge.www/TXT -> 404

$ gandi ddns --fqdn home.example.net --ip 192.0.2.7
! changed: A home in example.net: 192.0.2.7 (TTL 300), a new RRset
> {
> GET /v5/livedns/domains/example.net -> 200
> GET /v5/livedns/domains/example.net/records/home/A -> 404
> GET /v5/livedns/domains/home.example.net -> 404
> }
> PUT /v5/livedns/domains/example.net/records/home/A -> 201
>   content-type: application/json
>   body: {"rrset_values":["192.0.2.7"],"rrset_ttl":300}

$ gandi dns add --fqdn _acme-challenge.www.example.org TXT tok-1
! gandi: no LiveDNS zone of this token holds '_acme-challenge.www.example.org'
! hint: asked Gandi for www.example.org, example.org; 'gandi domain list' shows the domains the token covers
? 5
> {
> GET /v5/livedns/domains/example.org -> 404
> GET /v5/livedns/domains/www.example.org -> 404
> }

$ gandi dns add --fqdn www.nowhere.test TXT tok-1 --json
! {"error":"no LiveDNS zone of this token holds 'www.nowhere.test'","kind":"zone_not_found","exit_code":5,"detail":"hint: asked Gandi for www.nowhere.test, nowhere.test; 'gandi domain list' shows the domains the token covers\n"}
? 5
> {
> GET /v5/livedns/domains/nowhere.test -> 404
> GET /v5/livedns/domains/www.nowhere.test -> 404
> }

$ gandi dns add --fqdn www.example.com example.com TXT www tok-1
! gandi: 'example.com' is not a record type LiveDNS accepts
! types: A AAAA ALIAS CAA CDS CNAME DNAME DS HTTPS KEY LOC MX NAPTR NS OPENPGPKEY PTR RP SOA SPF SRV SSHFP SVCB TLSA TXT WKS
? 2

$ gandi dns delete --fqdn www.example.com
! gandi: 'gandi dns delete' needs --fqdn NAME TYPE
! usage: gandi dns delete --fqdn NAME TYPE
? 2

$ gandi dns add --fqdn "bad name.example.com" TXT tok-1
! gandi: 'bad name.example.com' is not a domain name: a character that names cannot hold
? 2

token one-domain
$ gandi dns get --fqdn www.example.net CNAME
! gandi: no LiveDNS zone of this token holds 'www.example.net'
! hint: asked Gandi for www.example.net, example.net; 'gandi domain list' shows the domains the token covers
? 5
> {
> GET /v5/livedns/domains/example.net -> 404
> GET /v5/livedns/domains/www.example.net -> 404
> }
