# --no-delete: values are merged into RRsets, a CNAME is replaced, and nothing only at
# Gandi is removed.
emu
token all
file zone.txt <<EOF
api 300 IN A 192.0.2.22
www CNAME example.net.
EOF

$ gandi dns sync example.com zone.txt --no-delete --yes
| change api A, TTL 300
|     + 192.0.2.22
|       192.0.2.20
|       192.0.2.21
| change www CNAME, TTL 10800
|     - example.com.
|     + example.net.
| example.com: 2 to change; 0 unchanged, 9 left alone
! 9 RRsets only at Gandi are kept (--no-delete)
! snapshot %UUID(1) taken before the changes (to undo them: gandi dns snapshot restore example.com %UUID(1))
! done: 2 changes in 2 requests; example.com now matches 'zone.txt'
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200
> POST /v5/livedns/domains/example.com/snapshots -> 201
>   content-type: application/json
>   body: {"name":"gandi dns sync: before applying zone.txt"}
> {
> PATCH /v5/livedns/domains/example.com/records/api/A -> 200
>   content-type: application/json
>   body: {"add_rrset_values":["192.0.2.22"],"rrset_ttl":300}
> PUT /v5/livedns/domains/example.com/records/www/CNAME -> 201
>   content-type: application/json
>   body: {"rrset_values":["example.net."],"rrset_ttl":10800}
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
| {"rrset_type": "TXT", "rrset_ttl": 10800, "rrset_name": "@", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/%40/TXT", "rrset_values": ["\"v=spf1 include:_mailcust.gandi.net ?all\""]}
| {"rrset_type": "A", "rrset_ttl": 300, "rrset_name": "api", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/api/A", "rrset_values": ["192.0.2.20", "192.0.2.21", "192.0.2.22"]}
| {"rrset_type": "CNAME", "rrset_ttl": 10800, "rrset_name": "blog", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/blog/CNAME", "rrset_values": ["webredir.vip.gandi.net."]}
| {"rrset_type": "CNAME", "rrset_ttl": 10800, "rrset_name": "webmail", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/webmail/CNAME", "rrset_values": ["webmail.gandi.net."]}
| {"rrset_type": "CNAME", "rrset_ttl": 10800, "rrset_name": "www", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/www/CNAME", "rrset_values": ["example.net."]}
| {"rrset_type": "TXT", "rrset_ttl": 10800, "rrset_name": "_dmarc", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/_dmarc/TXT", "rrset_values": ["\"v=DMARC1; p=none\""]}
| {"rrset_type": "SRV", "rrset_ttl": 10800, "rrset_name": "_imaps._tcp", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/_imaps._tcp/SRV", "rrset_values": ["0 1 993 mail.gandi.net."]}

$ gandi dns sync example.com zone.txt --no-delete -n --exit-code
| example.com matches 'zone.txt': nothing to change (2 unchanged, 9 left alone)
! 9 RRsets only at Gandi are kept (--no-delete)
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200
