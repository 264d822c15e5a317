# The servers asked: --nameserver (repeatable), else GANDI_NAMESERVERS, else the
# setting nameservers (commas or blanks between them), else the zone's LiveDNS
# nameservers from the API. A bad one is a usage error naming where it came from.
emu --dns 127.0.0.1:0
token all

$ GANDI_NAMESERVERS=%DNS gandi dns wait example.com A api 192.0.2.20 -v
! gandi: dns wait: %DNS of example.com: 1 address
! gandi: dns %DNS A api.example.com at %DNS: as wanted in %MS ms
! served: A api in example.com: 192.0.2.20 (1 nameserver, %MS ms)
! gandi: GET %EMU/tokeninfo -> 200 in %MS ms
> GET /tokeninfo -> 200

file c.toml <<EOF
api_key = "%TOKEN(all)"
nameservers = "%DNS, localhost:%DNSPORT"
EOF
$ gandi --config c.toml dns wait example.com A api 192.0.2.20
! served: A api in example.com: 192.0.2.20 (2 nameservers, %MS ms)

$ gandi dns wait example.com A api 192.0.2.20 --nameserver "[::1"
! gandi: nameserver '[::1' from --nameserver: an IPv6 address opened with '[' is not closed with ']'
! hint: write HOST or HOST:PORT, like 127.0.0.1:5353, [::1]:5353 or ns1.example.net
? 2

$ gandi dns wait example.com A api 192.0.2.20 --nameserver 127.0.0.1:99999
! gandi: nameserver '127.0.0.1:99999' from --nameserver: the port is not a number from 1 to 65535
! hint: write HOST or HOST:PORT, like 127.0.0.1:5353, [::1]:5353 or ns1.example.net
? 2

$ GANDI_NAMESERVERS="ns1.example.net:x" gandi dns wait example.com A api 192.0.2.20
! gandi: nameserver 'ns1.example.net:x' from GANDI_NAMESERVERS: the port is not a number from 1 to 65535
! hint: write HOST or HOST:PORT, like 127.0.0.1:5353, [::1]:5353 or ns1.example.net
? 2

$ gandi dns wait example.com A api 192.0.2.20 --timeout 0 --nameserver %DNS
! gandi: --timeout '0' is not a number of seconds above 0 and at most 86400
! hint: write it like --timeout 120 or --timeout 0.5
? 2

$ gandi dns wait example.com ALIAS @ example.org. --nameserver %DNS
! gandi: cannot wait for ALIAS records: nameservers serve no such type
! hint: LiveDNS answers an ALIAS with A and AAAA records: wait for those
? 2

$ gandi dns wait example.com A api 999.1.1.1 --nameserver %DNS
! gandi: invalid A address '999.1.1.1': expected an IPv4 address such as 192.0.2.1
? 2
