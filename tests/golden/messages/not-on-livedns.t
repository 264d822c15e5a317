# A domain of the account whose DNS is not on LiveDNS (example.org: nameservers
# elsewhere) says so, with its nameservers and the fix, not "not found, or not covered";
# its empty redirection list says so too.
emu
token all

$ gandi dns list example.org
! gandi: example.org does not use LiveDNS: its nameservers are ns1.example-dns.net, ns2.example-dns.net
! Its DNS records are served by those nameservers, not by Gandi's LiveDNS,
! so gandi cannot see or change them (nor add web redirections).
! hint: manage its records where those nameservers are run, or switch it to LiveDNS
! (Gandi's dashboard: the domain > DNS records > Use LiveDNS), then retry
? 5
> {
> GET /v5/domain/domains/example.org -> 200
> GET /v5/livedns/domains/example.org/records?per_page=100&page=1 -> 404
> }

$ gandi dns list example.org --json
! {"error":"example.org does not use LiveDNS: its nameservers are ns1.example-dns.net, ns2.example-dns.net","kind":"not_livedns","exit_code":5,"detail":"Its DNS records are served by those nameservers, not by Gandi's LiveDNS,\nso gandi cannot see or change them (nor add web redirections).\nhint: manage its records where those nameservers are run, or switch it to LiveDNS\n(Gandi's dashboard: the domain > DNS records > Use LiveDNS), then retry\n","domain":"example.org","nameservers":["ns1.example-dns.net","ns2.example-dns.net"]}
? 5
> {
> GET /v5/domain/domains/example.org -> 200
> GET /v5/livedns/domains/example.org/records?per_page=100&page=1 -> 404
> }

$ gandi dns set example.org A www 192.0.2.1
! gandi: example.org does not use LiveDNS: its nameservers are ns1.example-dns.net, ns2.example-dns.net
! Its DNS records are served by those nameservers, not by Gandi's LiveDNS,
! so gandi cannot see or change them (nor add web redirections).
! hint: manage its records where those nameservers are run, or switch it to LiveDNS
! (Gandi's dashboard: the domain > DNS records > Use LiveDNS), then retry
? 5
> GET /v5/livedns/domains/example.org/records/www/A -> 404
> PUT /v5/livedns/domains/example.org/records/www/A -> 404
>   content-type: application/json
>   body: {"rrset_values":["192.0.2.1"],"rrset_ttl":10800}
> GET /v5/domain/domains/example.org -> 200

$ gandi redirect list example.org
! example.org has no web redirections
> {
> GET /tokeninfo -> 200
> GET /v5/domain/domains/example.org/webredirs?per_page=100&page=1 -> 200
> }
