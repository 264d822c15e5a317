# dns import replaces the whole zone: asks first (refused without --yes, "n" on a
# terminal), then a snapshot and one PUT of the zone; an identical zone is left alone.
emu
token all
file zone.txt <<EOF
$TTL 300
@ IN A 192.0.2.1
www IN CNAME example.com.
EOF

$ gandi dns import example.com zone.txt
| change @ A, TTL 1800 -> 300
|     - 192.0.2.10
|     + 192.0.2.1
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
| change www CNAME, TTL 10800 -> 300
|       example.com.
| example.com: 2 to change, 9 to remove; 0 unchanged
! gandi: refusing to change the zone of example.com without confirmation: stdin is not a terminal
! hint: add --yes to confirm in scripts
? 2
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200

$ tty gandi dns import example.com zone.txt <<EOF
n
EOF
|" "\u001b[33mchange\u001b[0m \u001b[1m@ A\u001b[0m, TTL 1800 -> 300"
|" "    \u001b[31m- 192.0.2.10\u001b[0m"
|" "    \u001b[32m+ 192.0.2.1\u001b[0m"
|" "\u001b[31mremove\u001b[0m \u001b[1m@ AAAA\u001b[0m, TTL 1800"
|" "    \u001b[31m- 2001:db8::10\u001b[0m"
|" "\u001b[31mremove\u001b[0m \u001b[1m@ CAA\u001b[0m, TTL 10800"
|" "    \u001b[31m- 0 issue \"letsencrypt.org\"\u001b[0m"
|" "\u001b[31mremove\u001b[0m \u001b[1m@ MX\u001b[0m, TTL 10800"
|" "    \u001b[31m- 10 spool.mail.gandi.net.\u001b[0m"
|" "    \u001b[31m- 50 fb.mail.gandi.net.\u001b[0m"
|" "\u001b[31mremove\u001b[0m \u001b[1m@ TXT\u001b[0m, TTL 10800"
|" "    \u001b[31m- v=spf1 include:_mailcust.gandi.net ?all\u001b[0m"
|" "\u001b[31mremove\u001b[0m \u001b[1m_dmarc TXT\u001b[0m, TTL 10800"
|" "    \u001b[31m- v=DMARC1; p=none\u001b[0m"
|" "\u001b[31mremove\u001b[0m \u001b[1m_imaps._tcp SRV\u001b[0m, TTL 10800"
|" "    \u001b[31m- 0 1 993 mail.gandi.net.\u001b[0m"
|" "\u001b[31mremove\u001b[0m \u001b[1mapi A\u001b[0m, TTL 300"
|" "    \u001b[31m- 192.0.2.20\u001b[0m"
|" "    \u001b[31m- 192.0.2.21\u001b[0m"
|" "\u001b[31mremove\u001b[0m \u001b[1mblog CNAME\u001b[0m, TTL 10800"
|" "    \u001b[31m- webredir.vip.gandi.net.\u001b[0m"
|" "\u001b[31mremove\u001b[0m \u001b[1mwebmail CNAME\u001b[0m, TTL 10800"
|" "    \u001b[31m- webmail.gandi.net.\u001b[0m"
|" "\u001b[33mchange\u001b[0m \u001b[1mwww CNAME\u001b[0m, TTL 10800 -> 300"
|" "    \u001b[2m  example.com.\u001b[0m"
| example.com: 2 to change, 9 to remove; 0 unchanged
| Replace the whole zone of example.com with the 2 RRsets of 'zone.txt' (11 changes)? [y/N] n
| gandi: declined: nothing was changed
? 8
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200

$ gandi dns import example.com zone.txt --yes
| change @ A, TTL 1800 -> 300
|     - 192.0.2.10
|     + 192.0.2.1
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
| change www CNAME, TTL 10800 -> 300
|       example.com.
| example.com: 2 to change, 9 to remove; 0 unchanged
! snapshot %UUID(1) taken before the changes (to undo them: gandi dns snapshot restore example.com %UUID(1))
! done: 11 changes in 1 request; example.com now matches 'zone.txt'
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200
> POST /v5/livedns/domains/example.com/snapshots -> 201
>   content-type: application/json
>   body: {"name":"gandi dns import: before importing zone.txt"}
> {
> GET /tokeninfo -> 200
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200
> GET /v5/livedns/domains/example.com/snapshots/%UUID(2) -> 200
> GET /v5/livedns/domains/example.com/snapshots?sort_by=-date_created&per_page=100&page=1 -> 200
> PUT /v5/livedns/domains/example.com/records -> 201
>   content-type: application/json
>   body: {"items":[{"rrset_name":"@","rrset_type":"A","rrset_ttl":300,"rrset_values":["192.0.2.1"]},{"rrset_name":"www","rrset_type":"CNAME","rrset_ttl":300,"rrset_values":["example.com."]}]}
> }

$ api GET /v5/livedns/domains/example.com/records
| HTTP 200
| {"rrset_type": "A", "rrset_ttl": 300, "rrset_name": "@", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/%40/A", "rrset_values": ["192.0.2.1"]}
| {"rrset_type": "CNAME", "rrset_ttl": 300, "rrset_name": "www", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/www/CNAME", "rrset_values": ["example.com."]}

$ gandi dns import example.com zone.txt --yes
| example.com matches 'zone.txt': nothing to change (2 unchanged)
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200
