# A name given where the type goes, and a type where the name goes ("www A"): the
# error says the right order with the very command, before any request.
emu
token all

$ gandi dns set example.com www A 192.0.2.1
! gandi: 'www' is not a record type LiveDNS accepts
! types: A AAAA ALIAS CAA CDS CNAME DNAME DS HTTPS KEY LOC MX NAPTR NS OPENPGPKEY PTR RP SOA SPF SRV SSHFP SVCB TLSA TXT WKS
! hint: the type comes before the name: gandi dns set example.com A www VALUE...
? 2

$ gandi dns get example.com _dmarc txt
! gandi: '_dmarc' is not a record type LiveDNS accepts
! types: A AAAA ALIAS CAA CDS CNAME DNAME DS HTTPS KEY LOC MX NAPTR NS OPENPGPKEY PTR RP SOA SPF SRV SSHFP SVCB TLSA TXT WKS
! hint: the type comes before the name: gandi dns get example.com TXT _dmarc
? 2

$ gandi dns set example.com wwww www 192.0.2.1
! gandi: 'wwww' is not a record type LiveDNS accepts
! types: A AAAA ALIAS CAA CDS CNAME DNAME DS HTTPS KEY LOC MX NAPTR NS OPENPGPKEY PTR RP SOA SPF SRV SSHFP SVCB TLSA TXT WKS
? 2
