# Zone files say what they are (issue 15): dns export writes $ORIGIN, so the export of
# example.com synced onto example.net is refused before any request, and no advice
# (--skip-unsupported) ever leads to a plan that removes every RRset; a file whose names
# are all another zone's is refused the same way. A $ORIGIN under the zone is fine.
emu
token all

$ gandi dns export example.com -o com.zone
! zone of example.com written to com.zone
> {
> GET /tokeninfo -> 200
> GET /v5/livedns/domains/example.com/records -> 200
>   accept: text/plain
> }

$ gandi dns sync example.net com.zone --dry-run
! gandi: 'com.zone' line 1: $ORIGIN example.com. is not example.net nor a name under it: the file is another zone's
! hint: nothing was sent; check the domain and the file (to make example.com match it: gandi dns sync example.com 'com.zone')
? 2

$ gandi dns sync example.net com.zone --skip-unsupported --yes
! gandi: 'com.zone' line 1: $ORIGIN example.com. is not example.net nor a name under it: the file is another zone's
! hint: nothing was sent; check the domain and the file (to make example.com match it: gandi dns sync example.com 'com.zone')
? 2

$ gandi dns import example.net com.zone --skip-unsupported --yes
! gandi: 'com.zone' line 1: $ORIGIN example.com. is not example.net nor a name under it: the file is another zone's
! hint: nothing was sent; check the domain and the file (to make example.com match it: gandi dns sync example.com 'com.zone')
? 2

file absolute.zone <<EOF
www.example-corp.com. 300 IN A 192.0.2.1
example-corp.com. 300 IN A 192.0.2.2
EOF

$ gandi dns sync example.net absolute.zone --skip-unsupported --dry-run
! gandi: no record of 'absolute.zone' is in example.net: the file is another zone's (line 1: www.example-corp.com.)
! hint: nothing was sent; check the domain and the file (its names are absolute, or under its own $ORIGIN)
? 2

file sub.zone <<EOF
$ORIGIN lab.example.net.
www 300 IN A 192.0.2.3
EOF

$ gandi dns sync example.net sub.zone --dry-run --no-delete
| add    www.lab A, TTL 300
|     + 192.0.2.3
| example.net: 1 to add; 0 unchanged, 3 left alone
! 3 RRsets only at Gandi are kept (--no-delete)
! dry run: nothing was sent
> GET /v5/livedns/domains/example.net/records?per_page=100&page=1 -> 200
