# domain nameservers shows them; --set asks first (exit 2 without --yes), then replaces
# them (final dots dropped); an invalid host name is refused before sending.
emu
token all

$ gandi domain nameservers example.com
| ns-101-a.gandi.net
| ns-16-b.gandi.net
| ns-82-c.gandi.net
> {
> GET /tokeninfo -> 200
> GET /v5/domain/domains/example.com/nameservers -> 200
> }

$ gandi domain nameservers example.com --set ns1.example.net ns2.example.net
! warning: NS name server 'ns1.example.net' has no final dot: DNS reads it as relative to the zone; write 'ns1.example.net.' if you mean that host
! warning: NS name server 'ns2.example.net' has no final dot: DNS reads it as relative to the zone; write 'ns2.example.net.' if you mean that host
! gandi: refusing to change nameservers without confirmation: stdin is not a terminal
! hint: add --yes to confirm in scripts
? 2

$ gandi domain nameservers example.com --set ns1.example.net ns2.example.net. --yes
| nameservers of example.com: ns1.example.net, ns2.example.net
! warning: NS name server 'ns1.example.net' has no final dot: DNS reads it as relative to the zone; write 'ns1.example.net.' if you mean that host
> PUT /v5/domain/domains/example.com/nameservers -> 202
>   content-type: application/json
>   body: {"nameservers":["ns1.example.net","ns2.example.net"]}

$ api GET /v5/domain/domains/example.com/nameservers
| HTTP 200
| "ns1.example.net"
| "ns2.example.net"

$ gandi domain nameservers example.com --set 'bad host' --yes
! gandi: NS takes 1 field (name server), found 2
! hint: NS values look like 'ns1.example.net.'
? 2
