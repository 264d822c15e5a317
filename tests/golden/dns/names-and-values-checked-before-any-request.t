# Bad values and names are refused before any request (exit 2): an incomplete IPv4, an
# IPv4 as AAAA, an MX without priority, an SRV without port, a name outside the zone, a
# type LiveDNS lacks, a TTL below 300.
emu
token all

$ gandi dns set example.com A www 192.0.2
! gandi: invalid A address '192.0.2': expected an IPv4 address such as 192.0.2.1
? 2

$ gandi dns set example.com AAAA www 192.0.2.1
! gandi: invalid AAAA address '192.0.2.1': expected an IPv6 address such as 2001:db8::1
! hint: IPv4 addresses go in A records
? 2

$ gandi dns set example.com MX @ mail.example.com
! gandi: MX needs 2 fields (preference, exchange), found 1
! hint: MX values look like '10 mail.example.com.'
? 2

$ gandi dns set example.com SRV _sip._tcp '10 5 sip.example.com.'
! gandi: SRV needs 4 fields (priority, weight, port, target), found 3
! hint: SRV values look like '10 5 5060 sip.example.com.'
? 2

$ gandi dns set example.com CNAME www.example.net. x.example.com.
! gandi: 'www.example.net.' is outside the zone example.com
! hint: write names relative to the zone (www, @ for the apex) or in full (www.example.com)
? 2

$ gandi dns set example.com NSEC www x
! gandi: 'NSEC' is not a record type LiveDNS accepts
! types: A AAAA ALIAS CAA CDS CNAME DNAME DS HTTPS KEY LOC MX NAPTR NS OPENPGPKEY PTR RP SOA SPF SRV SSHFP SVCB TLSA TXT WKS
? 2

$ gandi dns set example.com A www 192.0.2.1 --ttl 60
! gandi: TTL '60' is not a whole number of seconds from 300 to 2592000
! hint: LiveDNS accepts 300 (5 minutes) to 2592000 (30 days)
? 2
