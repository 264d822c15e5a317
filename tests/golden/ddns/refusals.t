# What gandi ddns refuses before sending anything, and what Gandi refuses.
emu
token all

$ gandi ddns example.com home
! gandi: 'gandi ddns' needs the addresses: --ip ADDR or --from-interface IFACE
! usage: gandi ddns DOMAIN NAME --ip ADDR [--ip ADDR...]
!        gandi ddns DOMAIN NAME --from-interface IFACE
? 2

$ gandi ddns example.com home --ip 192.0.2.7 --from-interface eth0
! gandi: 'gandi ddns' needs --ip or --from-interface, not both
! usage: gandi ddns DOMAIN NAME --ip ADDR [--ip ADDR...]
!        gandi ddns DOMAIN NAME --from-interface IFACE
? 2

$ gandi ddns example.com home --ip 192.0.2.300
! gandi: --ip '192.0.2.300' is not an IPv4 or IPv6 address
! hint: write it like --ip 192.0.2.7 or --ip 2001:db8::7
? 2

$ gandi ddns example.com home --ip example.org
! gandi: --ip 'example.org' is not an IPv4 or IPv6 address
! hint: write it like --ip 192.0.2.7 or --ip 2001:db8::7
? 2

$ gandi ddns example.com home --ip 192.0.2.7 --ttl 60
! gandi: TTL '60' is not a whole number of seconds from 300 to 2592000
! hint: LiveDNS accepts 300 (5 minutes) to 2592000 (30 days)
? 2

$ gandi ddns example.org home --ip 192.0.2.7
! gandi: example.org does not use LiveDNS: its nameservers are ns1.example-dns.net, ns2.example-dns.net
! Its DNS records are served by those nameservers, not by Gandi's LiveDNS,
! so gandi cannot see or change them (nor add web redirections).
! hint: manage its records where those nameservers are run, or switch it to LiveDNS
! (Gandi's dashboard: the domain > DNS records > Use LiveDNS), then retry
? 5
> GET /v5/livedns/domains/example.org/records/home/A -> 404
> PUT /v5/livedns/domains/example.org/records/home/A -> 404
>   content-type: application/json
>   body: {"rrset_values":["192.0.2.7"],"rrset_ttl":300}
> GET /v5/domain/domains/example.org -> 200
