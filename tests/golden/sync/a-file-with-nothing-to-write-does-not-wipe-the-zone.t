# A file with no record (or []) would remove every RRset: refused for sync and import;
# --dry-run shows it with a warning; --no-delete makes it harmless.
emu
token all
file empty.txt <<EOF
; nothing yet
EOF

$ gandi dns sync example.com empty.txt --yes
| remove @ A, TTL 1800
|     - 192.0.2.10
| remove @ AAAA, TTL 1800
|     - 2001:db8::10
| remove @ CAA, TTL 10800
|     - 0 issue "letsencrypt.org"
| remove @ MX, TTL 10800
|     - 10 spool.mail.gandi.net.
|     - 50 fb.mail.gandi.net.
| remove @ TXT, TTL 10800
|     - v=spf1 include:_mailcust.gandi.net ?all
| remove _dmarc TXT, TTL 10800
|     - v=DMARC1; p=none
| remove _imaps._tcp SRV, TTL 10800
|     - 0 1 993 mail.gandi.net.
| remove api A, TTL 300
|     - 192.0.2.20
|     - 192.0.2.21
| remove blog CNAME, TTL 10800
|     - webredir.vip.gandi.net.
| remove webmail CNAME, TTL 10800
|     - webmail.gandi.net.
| remove www CNAME, TTL 10800
|     - example.com.
| example.com: 11 to remove; 0 unchanged
! gandi: 'empty.txt' holds no record to write: gandi will not remove every RRset of example.com with it
! an empty or cut file would wipe the zone; check the file (with --no-delete nothing is removed)
? 2
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200

$ gandi dns import example.com empty.txt --yes
| remove @ A, TTL 1800
|     - 192.0.2.10
| remove @ AAAA, TTL 1800
|     - 2001:db8::10
| remove @ CAA, TTL 10800
|     - 0 issue "letsencrypt.org"
| remove @ MX, TTL 10800
|     - 10 spool.mail.gandi.net.
|     - 50 fb.mail.gandi.net.
| remove @ TXT, TTL 10800
|     - v=spf1 include:_mailcust.gandi.net ?all
| remove _dmarc TXT, TTL 10800
|     - v=DMARC1; p=none
| remove _imaps._tcp SRV, TTL 10800
|     - 0 1 993 mail.gandi.net.
| remove api A, TTL 300
|     - 192.0.2.20
|     - 192.0.2.21
| remove blog CNAME, TTL 10800
|     - webredir.vip.gandi.net.
| remove webmail CNAME, TTL 10800
|     - webmail.gandi.net.
| remove www CNAME, TTL 10800
|     - example.com.
| example.com: 11 to remove; 0 unchanged
! gandi: 'empty.txt' holds no record to write: gandi will not remove every RRset of example.com with it
! an empty or cut file would wipe the zone; check the file (with --no-delete nothing is removed)
? 2
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200

$ gandi dns sync example.com - --yes <<EOF
[]
EOF
| remove @ A, TTL 1800
|     - 192.0.2.10
| remove @ AAAA, TTL 1800
|     - 2001:db8::10
| remove @ CAA, TTL 10800
|     - 0 issue "letsencrypt.org"
| remove @ MX, TTL 10800
|     - 10 spool.mail.gandi.net.
|     - 50 fb.mail.gandi.net.
| remove @ TXT, TTL 10800
|     - v=spf1 include:_mailcust.gandi.net ?all
| remove _dmarc TXT, TTL 10800
|     - v=DMARC1; p=none
| remove _imaps._tcp SRV, TTL 10800
|     - 0 1 993 mail.gandi.net.
| remove api A, TTL 300
|     - 192.0.2.20
|     - 192.0.2.21
| remove blog CNAME, TTL 10800
|     - webredir.vip.gandi.net.
| remove webmail CNAME, TTL 10800
|     - webmail.gandi.net.
| remove www CNAME, TTL 10800
|     - example.com.
| example.com: 11 to remove; 0 unchanged
! gandi: '(stdin)' holds no record to write: gandi will not remove every RRset of example.com with it
! an empty or cut file would wipe the zone; check the file (with --no-delete nothing is removed)
? 2
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200

$ gandi dns sync example.com empty.txt -n
| remove @ A, TTL 1800
|     - 192.0.2.10
| remove @ AAAA, TTL 1800
|     - 2001:db8::10
| remove @ CAA, TTL 10800
|     - 0 issue "letsencrypt.org"
| remove @ MX, TTL 10800
|     - 10 spool.mail.gandi.net.
|     - 50 fb.mail.gandi.net.
| remove @ TXT, TTL 10800
|     - v=spf1 include:_mailcust.gandi.net ?all
| remove _dmarc TXT, TTL 10800
|     - v=DMARC1; p=none
| remove _imaps._tcp SRV, TTL 10800
|     - 0 1 993 mail.gandi.net.
| remove api A, TTL 300
|     - 192.0.2.20
|     - 192.0.2.21
| remove blog CNAME, TTL 10800
|     - webredir.vip.gandi.net.
| remove webmail CNAME, TTL 10800
|     - webmail.gandi.net.
| remove www CNAME, TTL 10800
|     - example.com.
| example.com: 11 to remove; 0 unchanged
! warning: 'empty.txt' holds no record to write: applying it would remove every RRset of example.com
! dry run: nothing was sent
> {
> GET /tokeninfo -> 200
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200
> }

$ gandi dns sync example.com empty.txt --no-delete --yes
| example.com matches 'empty.txt': nothing to change (0 unchanged, 11 left alone)
! 11 RRsets only at Gandi are kept (--no-delete)
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200

$ api GET /v5/livedns/domains/example.com/records
| HTTP 200
| {"rrset_type": "A", "rrset_ttl": 1800, "rrset_name": "@", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/%40/A", "rrset_values": ["192.0.2.10"]}
| {"rrset_type": "AAAA", "rrset_ttl": 1800, "rrset_name": "@", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/%40/AAAA", "rrset_values": ["2001:db8::10"]}
| {"rrset_type": "CAA", "rrset_ttl": 10800, "rrset_name": "@", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/%40/CAA", "rrset_values": ["0 issue \"letsencrypt.org\""]}
| {"rrset_type": "MX", "rrset_ttl": 10800, "rrset_name": "@", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/%40/MX", "rrset_values": ["10 spool.mail.gandi.net.", "50 fb.mail.gandi.net."]}
| {"rrset_type": "TXT", "rrset_ttl": 10800, "rrset_name": "@", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/%40/TXT", "rrset_values": ["\"v=spf1 include:_mailcust.gandi.net ?all\""]}
| {"rrset_type": "A", "rrset_ttl": 300, "rrset_name": "api", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/api/A", "rrset_values": ["192.0.2.20", "192.0.2.21"]}
| {"rrset_type": "CNAME", "rrset_ttl": 10800, "rrset_name": "blog", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/blog/CNAME", "rrset_values": ["webredir.vip.gandi.net."]}
| {"rrset_type": "CNAME", "rrset_ttl": 10800, "rrset_name": "webmail", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/webmail/CNAME", "rrset_values": ["webmail.gandi.net."]}
| {"rrset_type": "CNAME", "rrset_ttl": 10800, "rrset_name": "www", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/www/CNAME", "rrset_values": ["example.com."]}
| {"rrset_type": "TXT", "rrset_ttl": 10800, "rrset_name": "_dmarc", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/_dmarc/TXT", "rrset_values": ["\"v=DMARC1; p=none\""]}
| {"rrset_type": "SRV", "rrset_ttl": 10800, "rrset_name": "_imaps._tcp", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/_imaps._tcp/SRV", "rrset_values": ["0 1 993 mail.gandi.net."]}
