# On a terminal dns dnssec disable asks what turning DNSSEC off risks: no leaves it on
# (nothing but the read is sent), yes turns it off.
emu
token all

$ tty gandi dns dnssec disable example.com <<EOF
n
EOF
| Turn DNSSEC off for example.com? Gandi withdraws its DS from the registry and LiveDNS stops signing the zone; resolvers that still hold the DS (up to its TTL) may fail to resolve example.com meanwhile. [y/N] n
| gandi: declined: nothing was changed
? 8
> GET /v5/domain/domains/example.com/livedns/dnssec -> 200

$ api GET /v5/domain/domains/example.com/livedns/dnssec .state
| HTTP 200
| .state = "active"

$ tty gandi dns dnssec disable example.com <<EOF
y
EOF
| Turn DNSSEC off for example.com? Gandi withdraws its DS from the registry and LiveDNS stops signing the zone; resolvers that still hold the DS (up to its TTL) may fail to resolve example.com meanwhile. [y/N] y
| turning DNSSEC off for example.com (deactivating)
| Gandi withdraws the DS from the registry and stops signing in the background; follow it with: gandi dns dnssec status example.com
> GET /v5/domain/domains/example.com/livedns/dnssec -> 200
> DELETE /v5/domain/domains/example.com/livedns/dnssec -> 202
> GET /tokeninfo -> 200

# (the state reads deactivating for 2 seconds: the keys say it was done)
$ api GET /v5/livedns/domains/example.com/keys/4b000000-0000-4000-8000-000000000001 .deleted
| HTTP 200
| .deleted = true

$ api GET /v5/domain/domains/example.com/dnskeys
| HTTP 200
