# dns sync asks first: refused without a terminal or --yes (exit 2); on a terminal "n"
# cancels (exit 1, nothing written) and "y" applies.
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

$ gandi dns sync example.com zone.txt
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
! gandi: refusing to change the zone of example.com without confirmation: stdin is not a terminal
! hint: add --yes to confirm in scripts
? 2
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200

$ tty gandi dns sync example.com zone.txt <<EOF
n
EOF
|" "\u001b[33mchange\u001b[0m \u001b[1m@ TXT\u001b[0m, TTL 10800"
|" "    \u001b[31m- v=spf1 include:_mailcust.gandi.net ?all\u001b[0m"
|" "    \u001b[32m+ v=spf1 include:_mailcust.gandi.net ~all\u001b[0m"
|" "\u001b[33mchange\u001b[0m \u001b[1mapi A\u001b[0m, TTL 300 -> 600"
|" "    \u001b[31m- 192.0.2.21\u001b[0m"
|" "    \u001b[32m+ 192.0.2.22\u001b[0m"
|" "    \u001b[2m  192.0.2.20\u001b[0m"
|" "\u001b[32madd   \u001b[0m \u001b[1mnew TXT\u001b[0m, TTL 3600"
|" "    \u001b[32m+ hello\u001b[0m"
|" "\u001b[31mremove\u001b[0m \u001b[1mwebmail CNAME\u001b[0m, TTL 10800"
|" "    \u001b[31m- webmail.gandi.net.\u001b[0m"
| example.com: 1 to add, 2 to change, 1 to remove; 8 unchanged
| Apply these 4 changes to example.com? [y/N] n
| gandi: declined: nothing was changed
? 8
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200

$ tty gandi dns sync example.com zone.txt <<EOF
y
EOF
|" "\u001b[33mchange\u001b[0m \u001b[1m@ TXT\u001b[0m, TTL 10800"
|" "    \u001b[31m- v=spf1 include:_mailcust.gandi.net ?all\u001b[0m"
|" "    \u001b[32m+ v=spf1 include:_mailcust.gandi.net ~all\u001b[0m"
|" "\u001b[33mchange\u001b[0m \u001b[1mapi A\u001b[0m, TTL 300 -> 600"
|" "    \u001b[31m- 192.0.2.21\u001b[0m"
|" "    \u001b[32m+ 192.0.2.22\u001b[0m"
|" "    \u001b[2m  192.0.2.20\u001b[0m"
|" "\u001b[32madd   \u001b[0m \u001b[1mnew TXT\u001b[0m, TTL 3600"
|" "    \u001b[32m+ hello\u001b[0m"
|" "\u001b[31mremove\u001b[0m \u001b[1mwebmail CNAME\u001b[0m, TTL 10800"
|" "    \u001b[31m- webmail.gandi.net.\u001b[0m"
| example.com: 1 to add, 2 to change, 1 to remove; 8 unchanged
| Apply these 4 changes to example.com? [y/N] y
| snapshot %UUID(1) taken before the changes (to undo them: gandi dns snapshot restore example.com %UUID(1))
| done: 4 changes in 4 requests; example.com now matches 'zone.txt'
> {
> DELETE /v5/livedns/domains/example.com/records/webmail/CNAME -> 204
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200
> POST /v5/livedns/domains/example.com/snapshots -> 201
>   content-type: application/json
>   body: {"name":"gandi dns sync: before applying zone.txt"}
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
