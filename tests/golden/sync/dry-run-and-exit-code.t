# --dry-run shows the difference and sends no write; --exit-code makes pending changes
# exit 10 (no error message), in JSON too; after applying, --exit-code is 0.
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

$ gandi dns sync example.com zone.txt --dry-run
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
! dry run: nothing was sent
> {
> GET /tokeninfo -> 200
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200
> }

$ gandi dns sync example.com zone.txt -n --exit-code
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
! dry run: nothing was sent
? 10
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200

$ gandi dns sync example.com zone.txt -n --exit-code --json
| {
|   "domain": "example.com",
|   "dry_run": true,
|   "in_sync": false,
|   "counts": {
|     "add": 1,
|     "change": 2,
|     "remove": 1,
|     "unchanged": 8,
|     "left": 0
|   },
|   "changes": [
|     {
|       "action": "change",
|       "name": "@",
|       "type": "TXT",
|       "status": "pending",
|       "ttl": 10800,
|       "values": [
|         "\"v=spf1 include:_mailcust.gandi.net ~all\""
|       ],
|       "old_ttl": 10800,
|       "old_values": [
|         "\"v=spf1 include:_mailcust.gandi.net ?all\""
|       ],
|       "added": [
|         "\"v=spf1 include:_mailcust.gandi.net ~all\""
|       ],
|       "removed": [
|         "\"v=spf1 include:_mailcust.gandi.net ?all\""
|       ]
|     },
|     {
|       "action": "change",
|       "name": "api",
|       "type": "A",
|       "status": "pending",
|       "ttl": 600,
|       "values": [
|         "192.0.2.20",
|         "192.0.2.22"
|       ],
|       "old_ttl": 300,
|       "old_values": [
|         "192.0.2.20",
|         "192.0.2.21"
|       ],
|       "added": [
|         "192.0.2.22"
|       ],
|       "removed": [
|         "192.0.2.21"
|       ]
|     },
|     {
|       "action": "add",
|       "name": "new",
|       "type": "TXT",
|       "status": "pending",
|       "ttl": 3600,
|       "values": [
|         "\"hello\""
|       ],
|       "added": [
|         "\"hello\""
|       ],
|       "removed": []
|     },
|     {
|       "action": "remove",
|       "name": "webmail",
|       "type": "CNAME",
|       "status": "pending",
|       "old_ttl": 10800,
|       "old_values": [
|         "webmail.gandi.net."
|       ],
|       "added": [],
|       "removed": [
|         "webmail.gandi.net."
|       ]
|     }
|   ],
|   "left": [],
|   "source": "zone.txt",
|   "snapshot": null,
|   "method": null,
|   "requests": 0,
|   "skipped": []
| }
? 10
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200

$ gandi dns sync example.com zone.txt --yes --exit-code
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
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200
