# dns sync: the difference RRset by RRset, a snapshot first (its id and the restore
# command on stderr), one request per changed RRset, sent together; then nothing left.
emu
token all
file zone.txt <<EOF
$TTL 3600
@ 1800 IN A 192.0.2.10
@ 1800 IN AAAA 2001:db8::10
@ 10800 IN CAA 0 issue "letsencrypt.org"
@ 10800 IN MX 10 spool.mail.gandi.net.
@ 10800 IN MX 50 fb.mail.gandi.net.
@ 10800 IN TXT "v=spf1 include:_mailcust.gandi.net ~all"
api 600 IN A 192.0.2.20
api 600 IN A 192.0.2.22
blog 10800 IN CNAME webredir.vip.gandi.net.
www 10800 IN CNAME example.com.
_dmarc 10800 IN TXT "v=DMARC1; p=none"
_imaps._tcp 10800 IN SRV 0 1 993 mail.gandi.net.
new TXT "hello"
EOF

$ gandi dns sync example.com zone.txt --yes
| change @ TXT, TTL 10800
|     - v=spf1 include:_mailcust.gandi.net ?all
|     + v=spf1 include:_mailcust.gandi.net ~all
| change api A, TTL 300 -> 600
|     - 192.0.2.21
|     + 192.0.2.22
|       192.0.2.20
| add    new TXT, TTL 3600
|     + hello
| remove webmail CNAME, TTL 10800
|     - webmail.gandi.net.
| example.com: 1 to add, 2 to change, 1 to remove; 8 unchanged
! snapshot %UUID(1) taken before the changes (to undo them: gandi dns snapshot restore example.com %UUID(1))
! done: 4 changes in 4 requests; example.com now matches 'zone.txt'
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200
> POST /v5/livedns/domains/example.com/snapshots -> 201
>   content-type: application/json
>   body: {"name":"gandi dns sync: before applying zone.txt"}
> {
> DELETE /v5/livedns/domains/example.com/records/webmail/CNAME -> 204
> PUT /v5/livedns/domains/example.com/records/%40/TXT -> 201
>   content-type: application/json
>   body: {"rrset_values":["\"v=spf1 include:_mailcust.gandi.net ~all\""],"rrset_ttl":10800}
> PUT /v5/livedns/domains/example.com/records/api/A -> 201
>   content-type: application/json
>   body: {"rrset_values":["192.0.2.20","192.0.2.22"],"rrset_ttl":600}
> PUT /v5/livedns/domains/example.com/records/new/TXT -> 201
>   content-type: application/json
>   body: {"rrset_values":["\"hello\""],"rrset_ttl":3600}
> }
> {
> GET /tokeninfo -> 200
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200
> }

$ api GET /v5/livedns/domains/example.com/records
| HTTP 200
| {"rrset_type": "A", "rrset_ttl": 1800, "rrset_name": "@", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/%40/A", "rrset_values": ["192.0.2.10"]}
| {"rrset_type": "AAAA", "rrset_ttl": 1800, "rrset_name": "@", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/%40/AAAA", "rrset_values": ["2001:db8::10"]}
| {"rrset_type": "CAA", "rrset_ttl": 10800, "rrset_name": "@", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/%40/CAA", "rrset_values": ["0 issue \"letsencrypt.org\""]}
| {"rrset_type": "MX", "rrset_ttl": 10800, "rrset_name": "@", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/%40/MX", "rrset_values": ["10 spool.mail.gandi.net.", "50 fb.mail.gandi.net."]}
| {"rrset_type": "TXT", "rrset_ttl": 10800, "rrset_name": "@", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/%40/TXT", "rrset_values": ["\"v=spf1 include:_mailcust.gandi.net ~all\""]}
| {"rrset_type": "A", "rrset_ttl": 600, "rrset_name": "api", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/api/A", "rrset_values": ["192.0.2.20", "192.0.2.22"]}
| {"rrset_type": "CNAME", "rrset_ttl": 10800, "rrset_name": "blog", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/blog/CNAME", "rrset_values": ["webredir.vip.gandi.net."]}
| {"rrset_type": "TXT", "rrset_ttl": 3600, "rrset_name": "new", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/new/TXT", "rrset_values": ["\"hello\""]}
| {"rrset_type": "CNAME", "rrset_ttl": 10800, "rrset_name": "www", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/www/CNAME", "rrset_values": ["example.com."]}
| {"rrset_type": "TXT", "rrset_ttl": 10800, "rrset_name": "_dmarc", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/_dmarc/TXT", "rrset_values": ["\"v=DMARC1; p=none\""]}
| {"rrset_type": "SRV", "rrset_ttl": 10800, "rrset_name": "_imaps._tcp", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/_imaps._tcp/SRV", "rrset_values": ["0 1 993 mail.gandi.net."]}

$ gandi dns sync example.com zone.txt --dry-run --exit-code
| example.com matches 'zone.txt': nothing to change (11 unchanged)
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200
