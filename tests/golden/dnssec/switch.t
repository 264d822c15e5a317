# dns dnssec status / enable / disable: the one-shot switch (gandi-api.md §9.2). Enabling
# is one POST and asynchronous (the note says how to follow it: gandi-emu makes a KSK and
# hands it to the registry at once); asking again while it is under way or done changes
# nothing; Gandi's refusal for a domain not on LiveDNS is explained; disabling reads the
# state first, asks (refused without a terminal unless --yes), and --dry-run sends
# nothing that writes. (The seed holds states under way a day long: gandi-emu moves them
# on after 2 seconds, which a slow run could see.)
seed seed.json <<EOF
domains[fqdn=example-corp.com].dnssec = {"state": "activating", "since": "+1d"}
domains[fqdn=example-corp.fr].dnssec = {"state": "deactivating", "since": "+1d"}
EOF
emu --seed %TMP/seed.json
token all

$ gandi dns dnssec status example.net
| DNSSEC for example.net: off (inactive)
> {
> GET /tokeninfo -> 200
> GET /v5/domain/domains/example.net/livedns/dnssec -> 200
> }

$ gandi dns dnssec enable example.net
! turning DNSSEC on for example.net (activating)
! Gandi signs the zone and gives its DS to the registry in the background; follow it with: gandi dns dnssec status example.net
> POST /v5/domain/domains/example.net/livedns/dnssec -> 202

$ api GET /v5/livedns/domains/example.net/keys .1.flags .1.deleted .1.algorithm
| HTTP 200
| .1.flags = 257
| .1.deleted = false
| .1.algorithm = 13

$ api GET /v5/domain/domains/example.net/dnskeys .0.type .0.algorithm .0.digest_type
| HTTP 200
| .0.type = "ksk"
| .0.algorithm = 13
| .0.digest_type = 2

$ gandi dns dnssec enable example.com --json
| {
|   "ok": true,
|   "command": "dns dnssec enable",
|   "changed": false,
|   "dry_run": false,
|   "domain": "example.com",
|   "state": "active"
| }
> POST /v5/domain/domains/example.com/livedns/dnssec -> 409

$ gandi dns dnssec enable example.org
! gandi: cannot turn DNSSEC on for example.org: The domain does not use LiveDNS: sign the zone where it is served, then publish its keys with /dnskeys.
! hint: LiveDNS signs only the zones it serves: 'gandi domain nameservers example.org' shows where the domain points
? 1
> POST /v5/domain/domains/example.org/livedns/dnssec -> 409

token corp
$ gandi dns dnssec status example-corp.com
| DNSSEC for example-corp.com: being turned on (activating)
! Gandi signs the zone and gives its DS to the registry in the background; follow it with: gandi dns dnssec status example-corp.com
> {
> GET /tokeninfo -> 200
> GET /v5/domain/domains/example-corp.com/livedns/dnssec -> 200
> }

$ gandi dns dnssec enable example-corp.com
! DNSSEC is already being turned on for example-corp.com (activating): nothing to do
! Gandi signs the zone and gives its DS to the registry in the background; follow it with: gandi dns dnssec status example-corp.com
> POST /v5/domain/domains/example-corp.com/livedns/dnssec -> 409

$ gandi dns dnssec enable example-corp.fr
! gandi: cannot turn DNSSEC on for example-corp.fr now: it is being turned off (deactivating)
! hint: wait until 'gandi dns dnssec status example-corp.fr' says it is off, then enable it again
? 1
> POST /v5/domain/domains/example-corp.fr/livedns/dnssec -> 409

$ gandi dns dnssec disable example-corp.fr --yes
! DNSSEC is already being turned off for example-corp.fr (deactivating): nothing to do
> GET /v5/domain/domains/example-corp.fr/livedns/dnssec -> 200

$ gandi dns dnssec disable example-corp.com --yes
! gandi: cannot turn DNSSEC off for example-corp.com now: it is being turned on (activating)
! hint: wait until 'gandi dns dnssec status example-corp.com' says it is on, then disable it again
? 1
> GET /v5/domain/domains/example-corp.com/livedns/dnssec -> 200
> DELETE /v5/domain/domains/example-corp.com/livedns/dnssec -> 409

token all
$ gandi dns dnssec disable example.com
! gandi: refusing to turn DNSSEC off without confirmation: stdin is not a terminal
! hint: add --yes to confirm in scripts
? 2
> GET /v5/domain/domains/example.com/livedns/dnssec -> 200

$ gandi dns dnssec disable example.com --dry-run
! dry run: DNSSEC is on for example.com (active); it would be turned off: nothing was sent
> GET /v5/domain/domains/example.com/livedns/dnssec -> 200

$ gandi dns dnssec disable example.com --dry-run --json
| {
|   "ok": true,
|   "command": "dns dnssec disable",
|   "changed": true,
|   "dry_run": true,
|   "domain": "example.com",
|   "state": "active"
| }
> GET /v5/domain/domains/example.com/livedns/dnssec -> 200

$ gandi dns dnssec disable example.com --yes
! turning DNSSEC off for example.com (deactivating)
! Gandi withdraws the DS from the registry and stops signing in the background; follow it with: gandi dns dnssec status example.com
> GET /v5/domain/domains/example.com/livedns/dnssec -> 200
> DELETE /v5/domain/domains/example.com/livedns/dnssec -> 202

$ api GET /v5/domain/domains/example.com/dnskeys
| HTTP 200

$ api GET /v5/livedns/domains/example.com/keys/4b000000-0000-4000-8000-000000000001 .deleted
| HTTP 200
| .deleted = true

$ gandi dns dnssec status 'not a domain'
! gandi: 'not a domain' is not a domain name: a character that names cannot hold
? 2
