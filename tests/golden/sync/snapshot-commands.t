# dns snapshot create (the id alone on stdout), list (newest first), show (table, JSON
# usable by dns sync, BIND), restore (asks; a snapshot first; the zone in one PUT; the
# undo command), delete (asks); a deleted snapshot is exit 5.
emu
token all

$ gandi dns snapshot create example.com 'before the move'
| %UUID(1)
! snapshot of example.com taken ('before the move'); restore it with: gandi dns snapshot restore example.com %UUID(1)
> POST /v5/livedns/domains/example.com/snapshots -> 201
>   content-type: application/json
>   body: {"name":"before the move"}
> GET /tokeninfo -> 200

$ gandi dns snapshot list example.com
| ID                                    CREATED               KIND    NAME
| %UUID(1)  %DATE(+0d) HH:MM UTC  manual  before the move
| 5a000000-0000-4000-8000-000000000001  %DATE(-30d) HH:MM UTC  manual  Before the move to LiveDNS
> GET /v5/livedns/domains/example.com/snapshots?sort_by=-date_created&per_page=100&page=1 -> 200

$ gandi dns snapshot list example.com --automatic --json
| []
> GET /v5/livedns/domains/example.com/snapshots?sort_by=-date_created&automatic=true&per_page=100&page=1 -> 200

$ gandi dns snapshot show example.com %UUID(1)
| NAME         TYPE   TTL    VALUE
| @            A      1800   192.0.2.10
| @            AAAA   1800   2001:db8::10
| @            CAA    10800  0 issue "letsencrypt.org"
| @            MX     10800  10 spool.mail.gandi.net.
| @            MX     10800  50 fb.mail.gandi.net.
| @            TXT    10800  v=spf1 include:_mailcust.gandi.net ?all
| api          A      300    192.0.2.20
| api          A      300    192.0.2.21
| blog         CNAME  10800  webredir.vip.gandi.net.
| webmail      CNAME  10800  webmail.gandi.net.
| www          CNAME  10800  example.com.
| _dmarc       TXT    10800  v=DMARC1; p=none
| _imaps._tcp  SRV    10800  0 1 993 mail.gandi.net.
! snapshot %UUID(1) of example.com: 'before the move', taken %DATE(+0d) HH:MM UTC, 11 RRsets
> GET /v5/livedns/domains/example.com/snapshots/%UUID(1) -> 200

$ gandi dns snapshot show example.com %UUID(1) --json >snap.json
> GET /v5/livedns/domains/example.com/snapshots/%UUID(1) -> 200

$ gandi dns sync example.com snap.json -n --exit-code
| example.com matches 'snap.json': nothing to change (11 unchanged)
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200

$ gandi dns snapshot show example.com %UUID(1) --bind
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
| webmail 10800 IN CNAME webmail.gandi.net.
| www 10800 IN CNAME example.com.
| _dmarc 10800 IN TXT "v=DMARC1; p=none"
| _imaps._tcp 10800 IN SRV 0 1 993 mail.gandi.net.
> GET /v5/livedns/domains/example.com/snapshots/%UUID(1) -> 200
>   accept: text/plain

# change the zone, then restore the snapshot
$ gandi dns set example.com A api 192.0.2.99
! set A api in example.com: 192.0.2.99 (TTL 300)
> GET /v5/livedns/domains/example.com/records/api/A -> 200
> PUT /v5/livedns/domains/example.com/records/api/A -> 201
>   content-type: application/json
>   body: {"rrset_values":["192.0.2.99"],"rrset_ttl":300}

$ gandi dns delete example.com CNAME www --yes
! delete CNAME www in example.com: example.com. (TTL 10800)
> GET /v5/livedns/domains/example.com/records/www/CNAME -> 200
> DELETE /v5/livedns/domains/example.com/records/www/CNAME -> 204

$ gandi dns snapshot restore example.com %UUID(1)
| change api A, TTL 300
|     - 192.0.2.99
|     + 192.0.2.20
|     + 192.0.2.21
| add    www CNAME, TTL 10800
|     + example.com.
| example.com: 1 to add, 1 to change; 9 unchanged
! gandi: refusing to change the zone of example.com without confirmation: stdin is not a terminal
! hint: add --yes to confirm in scripts
? 2
> {
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200
> GET /v5/livedns/domains/example.com/snapshots/%UUID(1) -> 200
> }

$ gandi dns snapshot restore example.com %UUID(1) --dry-run
| change api A, TTL 300
|     - 192.0.2.99
|     + 192.0.2.20
|     + 192.0.2.21
| add    www CNAME, TTL 10800
|     + example.com.
| example.com: 1 to add, 1 to change; 9 unchanged
! dry run: nothing was sent
> {
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200
> GET /v5/livedns/domains/example.com/snapshots/%UUID(1) -> 200
> }

$ gandi dns snapshot restore example.com %UUID(1) --yes
| change api A, TTL 300
|     - 192.0.2.99
|     + 192.0.2.20
|     + 192.0.2.21
| add    www CNAME, TTL 10800
|     + example.com.
| example.com: 1 to add, 1 to change; 9 unchanged
! snapshot %UUID(2) taken before the changes (to undo them: gandi dns snapshot restore example.com %UUID(2))
! done: 2 changes in 1 request; example.com now matches snapshot %UUID(1) ('before the move', taken %DATE(+0d) HH:MM UTC)
> {
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200
> GET /v5/livedns/domains/example.com/snapshots/%UUID(1) -> 200
> }
> POST /v5/livedns/domains/example.com/snapshots -> 201
>   content-type: application/json
>   body: {"name":"gandi dns snapshot restore: before restoring snapshot %UUID(1) ('before the move', taken %DATE(+0d) HH:MM UTC)"}
> PUT /v5/livedns/domains/example.com/records -> 201
>   content-type: application/json
>   body: {"items":[{"rrset_name":"@","rrset_type":"A","rrset_ttl":1800,"rrset_values":["192.0.2.10"]},{"rrset_name":"@","rrset_type":"AAAA","rrset_ttl":1800,"rrset_values":["2001:db8::10"]},{"rrset_name":"@","rrset_type":"CAA","rrset_ttl":10800,"rrset_values":["0 issue \"letsencrypt.org\""]},{"rrset_name":"@","rrset_type":"MX","rrset_ttl":10800,"rrset_values":["10 spool.mail.gandi.net.","50 fb.mail.gandi.net."]},{"rrset_name":"@","rrset_type":"TXT","rrset_ttl":10800,"rrset_values":["\"v=spf1 include:_mailcust.gandi.net ?all\""]},{"rrset_name":"api","rrset_type":"A","rrset_ttl":300,"rrset_values":["192.0.2.20","192.0.2.21"]},{"rrset_name":"blog","rrset_type":"CNAME","rrset_ttl":10800,"rrset_values":["webredir.vip.gandi.net."]},{"rrset_name":"webmail","rrset_type":"CNAME","rrset_ttl":10800,"rrset_values":["webmail.gandi.net."]},{"rrset_name":"www","rrset_type":"CNAME","rrset_ttl":10800,"rrset_values":["example.com."]},{"rrset_name":"_dmarc","rrset_type":"TXT","rrset_ttl":10800,"rrset_values":["\"v=DMARC1; p=none\""]},{"rrset_name":"_imaps._tcp","rrset_type":"SRV","rrset_ttl":10800,"rrset_values":["0 1 993 mail.gandi.net."]}]}
> {
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200
> GET /v5/livedns/domains/example.com/snapshots/%UUID(3) -> 200
> GET /v5/livedns/domains/example.com/snapshots?sort_by=-date_created&per_page=100&page=1 -> 200
> }

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

# delete: asks, then deletes
$ gandi dns snapshot delete example.com %UUID(1)
! gandi: refusing to delete a snapshot without confirmation: stdin is not a terminal
! hint: add --yes to confirm in scripts
? 2
> GET /v5/livedns/domains/example.com/snapshots/%UUID(1) -> 200

$ tty gandi dns snapshot delete example.com %UUID(1) <<EOF

EOF
|" "Delete the snapshot %UUID(1) of example.com ('before the move', taken %DATE(+0d) HH:MM UTC)? [y/N] "
| gandi: declined: nothing was changed
? 8
> GET /v5/livedns/domains/example.com/snapshots/%UUID(1) -> 200

$ gandi dns snapshot delete example.com %UUID(1) --yes
! deleted snapshot %UUID(1) of example.com ('before the move', taken %DATE(+0d) HH:MM UTC)
> GET /v5/livedns/domains/example.com/snapshots/%UUID(1) -> 200
> DELETE /v5/livedns/domains/example.com/snapshots/%UUID(1) -> 204

$ gandi dns snapshot show example.com %UUID(1)
! gandi: example.com has no snapshot '%UUID(1)'
! hint: 'gandi dns snapshot list example.com' lists its snapshots
? 5
> GET /v5/livedns/domains/example.com/snapshots/%UUID(1) -> 404
