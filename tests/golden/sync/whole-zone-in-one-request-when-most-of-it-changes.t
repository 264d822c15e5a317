# When most RRsets change, the whole zone goes in one PUT (after the snapshot).
emu
token all
file zone.txt <<EOF
@ 300 IN A 192.0.2.1
www 300 IN A 192.0.2.1
_dmarc 10800 IN TXT "v=DMARC1; p=none"
EOF

$ gandi dns sync example.com zone.txt --yes --json
| {
|   "domain": "example.com",
|   "dry_run": false,
|   "in_sync": true,
|   "counts": {
|     "add": 1,
|     "change": 1,
|     "remove": 9,
|     "unchanged": 1,
|     "left": 0
|   },
|   "changes": [
|     {
|       "action": "change",
|       "name": "@",
|       "type": "A",
|       "status": "applied",
|       "ttl": 300,
|       "values": [
|         "192.0.2.1"
|       ],
|       "old_ttl": 1800,
|       "old_values": [
|         "192.0.2.10"
|       ],
|       "added": [
|         "192.0.2.1"
|       ],
|       "removed": [
|         "192.0.2.10"
|       ]
|     },
|     {
|       "action": "remove",
|       "name": "@",
|       "type": "AAAA",
|       "status": "applied",
|       "old_ttl": 1800,
|       "old_values": [
|         "2001:db8::10"
|       ],
|       "added": [],
|       "removed": [
|         "2001:db8::10"
|       ]
|     },
|     {
|       "action": "remove",
|       "name": "@",
|       "type": "CAA",
|       "status": "applied",
|       "old_ttl": 10800,
|       "old_values": [
|         "0 issue \"letsencrypt.org\""
|       ],
|       "added": [],
|       "removed": [
|         "0 issue \"letsencrypt.org\""
|       ]
|     },
|     {
|       "action": "remove",
|       "name": "@",
|       "type": "MX",
|       "status": "applied",
|       "old_ttl": 10800,
|       "old_values": [
|         "10 spool.mail.gandi.net.",
|         "50 fb.mail.gandi.net."
|       ],
|       "added": [],
|       "removed": [
|         "10 spool.mail.gandi.net.",
|         "50 fb.mail.gandi.net."
|       ]
|     },
|     {
|       "action": "remove",
|       "name": "@",
|       "type": "TXT",
|       "status": "applied",
|       "old_ttl": 10800,
|       "old_values": [
|         "\"v=spf1 include:_mailcust.gandi.net ?all\""
|       ],
|       "added": [],
|       "removed": [
|         "\"v=spf1 include:_mailcust.gandi.net ?all\""
|       ]
|     },
|     {
|       "action": "remove",
|       "name": "_imaps._tcp",
|       "type": "SRV",
|       "status": "applied",
|       "old_ttl": 10800,
|       "old_values": [
|         "0 1 993 mail.gandi.net."
|       ],
|       "added": [],
|       "removed": [
|         "0 1 993 mail.gandi.net."
|       ]
|     },
|     {
|       "action": "remove",
|       "name": "api",
|       "type": "A",
|       "status": "applied",
|       "old_ttl": 300,
|       "old_values": [
|         "192.0.2.20",
|         "192.0.2.21"
|       ],
|       "added": [],
|       "removed": [
|         "192.0.2.20",
|         "192.0.2.21"
|       ]
|     },
|     {
|       "action": "remove",
|       "name": "blog",
|       "type": "CNAME",
|       "status": "applied",
|       "old_ttl": 10800,
|       "old_values": [
|         "webredir.vip.gandi.net."
|       ],
|       "added": [],
|       "removed": [
|         "webredir.vip.gandi.net."
|       ]
|     },
|     {
|       "action": "remove",
|       "name": "webmail",
|       "type": "CNAME",
|       "status": "applied",
|       "old_ttl": 10800,
|       "old_values": [
|         "webmail.gandi.net."
|       ],
|       "added": [],
|       "removed": [
|         "webmail.gandi.net."
|       ]
|     },
|     {
|       "action": "add",
|       "name": "www",
|       "type": "A",
|       "status": "applied",
|       "ttl": 300,
|       "values": [
|         "192.0.2.1"
|       ],
|       "added": [
|         "192.0.2.1"
|       ],
|       "removed": []
|     },
|     {
|       "action": "remove",
|       "name": "www",
|       "type": "CNAME",
|       "status": "applied",
|       "old_ttl": 10800,
|       "old_values": [
|         "example.com."
|       ],
|       "added": [],
|       "removed": [
|         "example.com."
|       ]
|     }
|   ],
|   "left": [],
|   "source": "zone.txt",
|   "snapshot": "%UUID(1)",
|   "method": "zone",
|   "requests": 1,
|   "skipped": []
| }
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200
> POST /v5/livedns/domains/example.com/snapshots -> 201
>   content-type: application/json
>   body: {"name":"gandi dns sync: before applying zone.txt"}
> PUT /v5/livedns/domains/example.com/records -> 201
>   content-type: application/json
>   body: {"items":[{"rrset_name":"@","rrset_type":"A","rrset_ttl":300,"rrset_values":["192.0.2.1"]},{"rrset_name":"www","rrset_type":"A","rrset_ttl":300,"rrset_values":["192.0.2.1"]},{"rrset_name":"_dmarc","rrset_type":"TXT","rrset_ttl":10800,"rrset_values":["\"v=DMARC1; p=none\""]}]}
> {
> GET /tokeninfo -> 200
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200
> GET /v5/livedns/domains/example.com/snapshots/%UUID(2) -> 200
> GET /v5/livedns/domains/example.com/snapshots?sort_by=-date_created&per_page=100&page=1 -> 200
> }

$ api GET /v5/livedns/domains/example.com/records
| HTTP 200
| {"rrset_type": "A", "rrset_ttl": 300, "rrset_name": "@", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/%40/A", "rrset_values": ["192.0.2.1"]}
| {"rrset_type": "A", "rrset_ttl": 300, "rrset_name": "www", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/www/A", "rrset_values": ["192.0.2.1"]}
| {"rrset_type": "TXT", "rrset_ttl": 10800, "rrset_name": "_dmarc", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/_dmarc/TXT", "rrset_values": ["\"v=DMARC1; p=none\""]}
