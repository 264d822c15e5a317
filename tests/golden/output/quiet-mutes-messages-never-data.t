# -q mutes messages (what a write did, notes, warnings), never the data asked for:
# lists, details, nameservers, a snapshot's id and a zone all still print; errors too.
emu
token all

$ gandi dns set example.com A q 192.0.2.1 -q
> GET /v5/livedns/domains/example.com/records/q/A -> 404
> PUT /v5/livedns/domains/example.com/records/q/A -> 201
>   content-type: application/json
>   body: {"rrset_values":["192.0.2.1"],"rrset_ttl":10800}

$ gandi -q domain list
| DOMAIN       EXPIRES     AUTORENEW  STATUS                    NAMESERVERS
| example.com  %DATE(+400d)  on         clientTransferProhibited  livedns
| example.net  %DATE(+20d)  off        ok                        livedns
| example.org  %DATE(+45d)  on         clientTransferProhibited  other
> GET /v5/domain/domains?sort_by=fqdn&per_page=100&page=1 -> 200

$ gandi token info -q
| name      all
| token     ****a11a (from GANDI_API_KEY)
| scopes    domain:view domain:renew domain:tech organization:view
| entities  alice (organization)
| expires   %DATE(+80d) HH:MM UTC (in 80 days)
> GET /tokeninfo -> 200

$ gandi domain nameservers example.com -q
| ns-101-a.gandi.net
| ns-16-b.gandi.net
| ns-82-c.gandi.net
> GET /v5/domain/domains/example.com/nameservers -> 200

$ gandi dns snapshot create example.com -q
| %UUID(1)
> POST /v5/livedns/domains/example.com/snapshots -> 201
>   content-type: application/json
>   body: {}

$ gandi dns export example.com -q
| $ORIGIN example.com.
| $TTL 10800
| @ 10800 IN SOA ns1.gandi.net. hostmaster.gandi.net. %EPOCH(+0d) 10800 3600 604800 10800
| @ 1800 IN A 192.0.2.10
| @ 1800 IN AAAA 2001:db8::10
| @ 10800 IN CAA 0 issue "letsencrypt.org"
| @ 10800 IN MX 10 spool.mail.gandi.net.
| @ 10800 IN MX 50 fb.mail.gandi.net.
| @ 10800 IN TXT "v=spf1 include:_mailcust.gandi.net ?all"
| api 300 IN A 192.0.2.20
| api 300 IN A 192.0.2.21
| blog 10800 IN CNAME webredir.vip.gandi.net.
| q 10800 IN A 192.0.2.1
| webmail 10800 IN CNAME webmail.gandi.net.
| www 10800 IN CNAME example.com.
| _dmarc 10800 IN TXT "v=DMARC1; p=none"
| _imaps._tcp 10800 IN SRV 0 1 993 mail.gandi.net.
> GET /v5/livedns/domains/example.com/records -> 200
>   accept: text/plain

$ gandi dns get example.com A missing -q
! gandi: no A record missing in example.com
! hint: 'gandi dns list example.com --name missing' shows what missing holds
? 5
> GET /v5/livedns/domains/example.com/records/missing/A -> 404
