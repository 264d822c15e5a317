# The file may be stdin (-), and names may be full (www.example.com.), in a zone file or
# in the JSON of dns list.
emu
token all

$ gandi dns sync example.com - --yes <<EOF
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
www.example.com. 10800 IN CNAME example.com.
_dmarc 10800 IN TXT "v=DMARC1; p=none"
_imaps._tcp 10800 IN SRV 0 1 993 mail.gandi.net.
EOF
| change @ TXT, TTL 10800
|     - v=spf1 include:_mailcust.gandi.net ?all
|     + v=spf1 include:_mailcust.gandi.net ~all
| change api A, TTL 300 -> 600
|     - 192.0.2.21
|     + 192.0.2.22
|       192.0.2.20
| remove webmail CNAME, TTL 10800
|     - webmail.gandi.net.
| example.com: 2 to change, 1 to remove; 8 unchanged
! snapshot %UUID(1) taken before the changes (to undo them: gandi dns snapshot restore example.com %UUID(1))
! done: 3 changes in 3 requests; example.com now matches '(stdin)'
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200
> {
> DELETE /v5/livedns/domains/example.com/records/webmail/CNAME -> 204
> POST /v5/livedns/domains/example.com/snapshots -> 201
>   content-type: application/json
>   body: {"name":"gandi dns sync: before applying (stdin)"}
> PUT /v5/livedns/domains/example.com/records/%40/TXT -> 201
>   content-type: application/json
>   body: {"rrset_values":["\"v=spf1 include:_mailcust.gandi.net ~all\""],"rrset_ttl":10800}
> PUT /v5/livedns/domains/example.com/records/api/A -> 201
>   content-type: application/json
>   body: {"rrset_values":["192.0.2.20","192.0.2.22"],"rrset_ttl":600}
> }
> {
> GET /tokeninfo -> 200
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200
> }

$ gandi dns list example.com --json >zone.json
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200

# the same names in full, in the JSON of dns list
$ python3 -c 'import json; z = json.load(open("zone.json")); [r.update(rrset_name="example.com." if r["rrset_name"] == "@" else r["rrset_name"] + ".example.com.") for r in z]; json.dump(z, open("full.json", "w"), indent=1)'

$ grep -c '"rrset_name": "[a-z_.]*example.com."' full.json
| 10

$ gandi dns sync example.com - -n --exit-code <full.json
| example.com matches '(stdin)': nothing to change (10 unchanged)
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200
