# The SOA and Gandi's own name servers at the apex are left alone when the file does
# not name them (said on stderr); other name servers in the file are a change.
emu
token all

$ api PUT /v5/livedns/domains/example.com/records/@/NS '{"rrset_values": ["ns-245-a.gandi.net.", "ns-162-b.gandi.net.", "ns-34-c.gandi.net."], "rrset_ttl": 10800}'
| HTTP 201
| {"message": "DNS Record Created"}

$ gandi dns export example.com -o zone.txt
! zone of example.com written to zone.txt
> {
> GET /tokeninfo -> 200
> GET /v5/livedns/domains/example.com/records -> 200
>   accept: text/plain
> }

$ sh -c "grep -v ' NS ' zone.txt > nons.txt"

$ gandi dns sync example.com nons.txt --yes
| example.com matches 'nons.txt': nothing to change (11 unchanged, 1 left alone)
! Gandi's name servers (@ NS) are left as they are: 'nons.txt' does not name the apex NS
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200

$ sh -c "cat nons.txt - > ns.txt" <<EOF
@ 10800 IN NS ns1.example.net.
EOF

$ gandi dns sync example.com ns.txt -n
| change @ NS, TTL 10800
|     - ns-245-a.gandi.net.
|     - ns-162-b.gandi.net.
|     - ns-34-c.gandi.net.
|     + ns1.example.net.
| example.com: 1 to change; 11 unchanged
! dry run: nothing was sent
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200
