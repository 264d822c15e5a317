# Refusals that protect the zone (issue 15): the SOA is LiveDNS's, so gandi does not write
# it (and export then sync stays a no-op); writing the apex NS, the zone's own name
# servers, asks first as 'domain nameservers --set' does: without a terminal, --yes.
emu
token all

$ gandi dns set example.com SOA @ 'ns1.gandi.net. hostmaster.gandi.net. 1 10800 3600 604800 10800'
! gandi: the SOA of example.com is LiveDNS's: gandi does not write it
! hint: LiveDNS writes the SOA of every zone itself (its serial follows each change); 'gandi dns export example.com' shows it, first
? 2

$ gandi dns delete example.com SOA @ --yes
! gandi: the SOA of example.com is LiveDNS's: gandi does not write it
! hint: LiveDNS writes the SOA of every zone itself (its serial follows each change); 'gandi dns export example.com' shows it, first
? 2

$ gandi dns export example.com -o zone.txt
! zone of example.com written to zone.txt
> {
> GET /tokeninfo -> 200
> GET /v5/livedns/domains/example.com/records -> 200
>   accept: text/plain
> }

$ gandi dns sync example.com zone.txt --dry-run --exit-code
| example.com matches 'zone.txt': nothing to change (11 unchanged)
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200

$ gandi dns set example.com NS @ ns1.example.net.
! gandi: refusing to change the apex NS of example.com without confirmation: stdin is not a terminal
! hint: add --yes to confirm in scripts
! the apex NS names the zone's name servers; 'gandi domain nameservers example.com' shows those the registry delegates to
? 2
> GET /v5/livedns/domains/example.com/records/%40/NS -> 404

$ gandi dns add example.com NS @ ns1.example.net.
! gandi: refusing to change the apex NS of example.com without confirmation: stdin is not a terminal
! hint: add --yes to confirm in scripts
! the apex NS names the zone's name servers; 'gandi domain nameservers example.com' shows those the registry delegates to
? 2

$ gandi dns remove example.com NS @ ns-245-a.gandi.net.
! gandi: refusing to change the apex NS of example.com without confirmation: stdin is not a terminal
! hint: add --yes to confirm in scripts
! the apex NS names the zone's name servers; 'gandi domain nameservers example.com' shows those the registry delegates to
? 2

$ gandi dns set example.com NS sub ns1.example.net.
! set NS sub in example.com: ns1.example.net. (TTL 10800)
> GET /v5/livedns/domains/example.com/records/sub/NS -> 404
> PUT /v5/livedns/domains/example.com/records/sub/NS -> 201
>   content-type: application/json
>   body: {"rrset_values":["ns1.example.net."],"rrset_ttl":10800}

$ gandi dns set example.com NS @ ns1.example.net. ns2.example.net. --yes
! set NS @ in example.com: ns1.example.net., ns2.example.net. (TTL 10800)
> GET /v5/livedns/domains/example.com/records/%40/NS -> 404
> PUT /v5/livedns/domains/example.com/records/%40/NS -> 201
>   content-type: application/json
>   body: {"rrset_values":["ns1.example.net.","ns2.example.net."],"rrset_ttl":10800}

$ api GET /v5/livedns/domains/example.com/records/@/NS .rrset_values
| HTTP 200
| .rrset_values = ["ns1.example.net.", "ns2.example.net."]

$ tty gandi dns add example.com NS @ ns3.example.net. <<EOF
n
EOF
| Add ns3.example.net. to the apex NS of example.com? LiveDNS will name it among the name servers of example.com. [y/N] n
| gandi: declined: nothing was changed
? 8

$ tty gandi dns add example.com NS @ ns3.example.net. <<EOF
y
EOF
| Add ns3.example.net. to the apex NS of example.com? LiveDNS will name it among the name servers of example.com. [y/N] y
| add NS @ in example.com: ns3.example.net. (TTL 10800)
> GET /v5/livedns/domains/example.com/records/%40/NS -> 200
> PATCH /v5/livedns/domains/example.com/records/%40/NS -> 200
>   content-type: application/json
>   body: {"add_rrset_values":["ns3.example.net."]}
