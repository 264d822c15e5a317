# Glue the domain's own nameservers name ("in use") is changed or deleted only after a
# question: refused without a terminal unless --yes, asked on a terminal. Gandi refuses to
# delete a host the delegation names, and the hint says what to do first.
seed seed.json <<EOF
domains[fqdn=example.net].nameservers = ["ns1.example.net", "ns2.example.net"]
EOF
emu --seed %TMP/seed.json
token all

$ gandi domain hosts set example.net ns2 --ip 203.0.113.54
! gandi: refusing to change a glue record in use without confirmation: stdin is not a terminal
! hint: add --yes to confirm in scripts
? 2
> {
> GET /v5/domain/domains/example.net/hosts/ns2 -> 200
> GET /v5/domain/domains/example.net/nameservers -> 200
> }

$ tty gandi domain hosts set example.net ns2 --ip 203.0.113.54 <<EOF
n
EOF
| ns2.example.net is a nameserver of example.net (ns1.example.net, ns2.example.net): change its addresses 203.0.113.53 -> 203.0.113.54? If no server answers for example.net at the new ones, example.net goes off the air. [y/N] n
| gandi: declined: nothing was changed
? 8
> {
> GET /v5/domain/domains/example.net/hosts/ns2 -> 200
> GET /v5/domain/domains/example.net/nameservers -> 200
> }

$ api GET /v5/domain/domains/example.net/hosts/ns2 .ips
| HTTP 200
| .ips = ["203.0.113.53"]

$ tty gandi domain hosts set example.net ns2 --ip 203.0.113.54 <<EOF
y
EOF
| ns2.example.net is a nameserver of example.net (ns1.example.net, ns2.example.net): change its addresses 203.0.113.53 -> 203.0.113.54? If no server answers for example.net at the new ones, example.net goes off the air. [y/N] y
| changed the glue record ns2.example.net: 203.0.113.53 -> 203.0.113.54
> {
> GET /v5/domain/domains/example.net/hosts/ns2 -> 200
> GET /v5/domain/domains/example.net/nameservers -> 200
> }
> PUT /v5/domain/domains/example.net/hosts/ns2 -> 202
>   content-type: application/json
>   body: {"ips":["203.0.113.54"]}
> GET /tokeninfo -> 200

$ api GET /v5/domain/domains/example.net/hosts/ns2 .ips
| HTTP 200
| .ips = ["203.0.113.54"]

$ gandi domain hosts delete example.net NS1.example.net.
! gandi: refusing to delete a glue record in use without confirmation: stdin is not a terminal
! hint: add --yes to confirm in scripts
? 2
> {
> GET /v5/domain/domains/example.net/hosts/ns1 -> 200
> GET /v5/domain/domains/example.net/nameservers -> 200
> }

$ gandi domain hosts delete example.net ns1 --dry-run
! dry run: would delete the glue record ns1.example.net (198.51.100.53, 2001:db8:0:0:0:0:0:53), a nameserver of the domain; nothing was sent
> {
> GET /v5/domain/domains/example.net/hosts/ns1 -> 200
> GET /v5/domain/domains/example.net/nameservers -> 200
> }

$ gandi domain hosts delete example.net ns1 --yes
! gandi: Gandi refused it as a conflict: The host ns1.example.net is a nameserver of the domain: change the nameservers first
! hint: give example.net other nameservers first: gandi domain nameservers example.net --set NS...
? 1
> {
> GET /v5/domain/domains/example.net/hosts/ns1 -> 200
> GET /v5/domain/domains/example.net/nameservers -> 200
> }
> DELETE /v5/domain/domains/example.net/hosts/ns1 -> 409

$ api GET /v5/domain/domains/example.net/hosts/ns1 .ips
| HTTP 200
| .ips = ["198.51.100.53", "2001:db8:0:0:0:0:0:53"]
