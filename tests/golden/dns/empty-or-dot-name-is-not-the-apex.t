# An empty or '.' NAME is an error, never the apex (issue 15): a script whose variable is
# empty must not overwrite the apex A record. Only @ or the domain's own name mean the apex.
emu
token all

$ env SUB= sh -c '%GANDI dns set example.com A "$SUB" 203.0.113.99'
! gandi: empty record name: it does not mean the apex
! hint: write @ for the apex of example.com (or its full name, example.com)
? 2

$ gandi dns set example.com A . 203.0.113.99
! gandi: '.' is not a record name: it is the DNS root, not the apex of example.com
! hint: write @ for the apex of example.com (or its full name, example.com)
? 2

$ gandi dns add example.com TXT '' hello
! gandi: empty record name: it does not mean the apex
! hint: write @ for the apex of example.com (or its full name, example.com)
? 2

$ api GET /v5/livedns/domains/example.com/records/@/A .rrset_values
| HTTP 200
| .rrset_values = ["192.0.2.10"]

$ gandi dns set example.com A example.com. 192.0.2.10
! unchanged: set A @ in example.com: 192.0.2.10 (TTL 1800)
> {
> GET /tokeninfo -> 200
> GET /v5/livedns/domains/example.com/records/%40/A -> 200
> }
