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
! gandi: refusing to change nameservers without confirmation: stdin is not a terminal
! hint: add --yes to confirm in scripts
? 2

$ gandi domain nameservers example.com --set ns1.example.net ns2.example.net. --yes
! nameservers of example.com: ns1.example.net, ns2.example.net
> PUT /v5/domain/domains/example.com/nameservers -> 202
>   content-type: application/json
>   body: {"nameservers":["ns1.example.net","ns2.example.net"]}

$ api GET /v5/domain/domains/example.com/nameservers
| HTTP 200
| "ns1.example.net"
| "ns2.example.net"

$ gandi domain nameservers example.com --set 'bad host' --yes
! gandi: invalid name server 'bad host': a single label (a host name has at least a name and a domain, like ns1.example.net)
! hint: name servers are host names, such as ns1.example.net
? 2
