# Records LiveDNS cannot hold (a HINFO, a name outside the zone) are listed by line and
# refused before any request; --skip-unsupported leaves them out (listed in JSON too).
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
host 10800 IN HINFO "PC" "Linux"
other.example.net. 300 IN A 192.0.2.9
EOF

$ gandi dns sync example.com zone.txt --dry-run
! gandi: 2 records in 'zone.txt' cannot be held by LiveDNS
!   line 15: host.example.com. HINFO: type not accepted by LiveDNS
!   line 16: other.example.net. A: owner outside the zone
! hint: remove them from the file, or add --skip-unsupported to leave them out (nothing is sent until then)
? 2

$ gandi dns sync example.com zone.txt --skip-unsupported --yes
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
! warning: 2 records of 'zone.txt' left out (--skip-unsupported): LiveDNS cannot hold them
!   line 15: host.example.com. HINFO: type not accepted by LiveDNS
!   line 16: other.example.net. A: owner outside the zone
!
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

$ api GET /v5/livedns/domains/example.com/records/new/TXT
| HTTP 200
| {"rrset_type": "TXT", "rrset_ttl": 3600, "rrset_name": "new", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/new/TXT", "rrset_values": ["\"hello\""]}

$ gandi dns sync example.com zone.txt --skip-unsupported -n --json
| {
|   "domain": "example.com",
|   "dry_run": true,
|   "in_sync": true,
|   "counts": {
|     "add": 0,
|     "change": 0,
|     "remove": 0,
|     "unchanged": 11,
|     "left": 0
|   },
|   "changes": [],
|   "left": [],
|   "source": "zone.txt",
|   "snapshot": null,
|   "method": null,
|   "requests": 0,
|   "skipped": [
|     {
|       "where": "line 15",
|       "name": "host.example.com.",
|       "type": "HINFO",
|       "reason": "type not accepted by LiveDNS"
|     },
|     {
|       "where": "line 16",
|       "name": "other.example.net.",
|       "type": "A",
|       "reason": "owner outside the zone"
|     }
|   ]
| }
! {"warning":"2 records of 'zone.txt' left out (--skip-unsupported): LiveDNS cannot hold them\n  line 15: host.example.com. HINFO: type not accepted by LiveDNS\n  line 16: other.example.net. A: owner outside the zone\n"}
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200
