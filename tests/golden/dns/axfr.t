# dns axfr: TSIG keys and the secondaries allowed to transfer a zone. tsig list (the
# organization's keys, or a zone's; no secrets, in --json neither), add (a new key given
# to the zone, or an existing one), delete (the zone no longer uses it; the key stays);
# secondaries list / add / delete, addresses compared by value and the stored spelling
# used in the path (the seed spells one address in full). (tsig show and the secrets: tests/golden/secrets.)
seed seed.json <<EOF
domains[fqdn=example.com].livedns.axfr.slaves = ["192.0.2.53", "2001:0db8:0000:0000:0000:0000:0000:0053"]
EOF
emu --seed %TMP/seed.json
token all

$ gandi dns axfr tsig list
| ID                                    KEY NAME
| 75160000-0000-4000-8000-000000000001  75160000-0000-4000-8000-000000000001.gandi.net
> {
> GET /tokeninfo -> 200
> GET /v5/livedns/axfr/tsig -> 200
> }

$ gandi dns axfr tsig list --json
| [
|   {
|     "href": "%EMU/v5/livedns/axfr/tsig/75160000-0000-4000-8000-000000000001",
|     "id": "75160000-0000-4000-8000-000000000001",
|     "key_name": "75160000-0000-4000-8000-000000000001.gandi.net"
|   }
| ]
> GET /v5/livedns/axfr/tsig -> 200

$ gandi dns axfr tsig list example.com
| ID                                    KEY NAME
| 75160000-0000-4000-8000-000000000001  75160000-0000-4000-8000-000000000001.gandi.net
> GET /v5/livedns/domains/example.com/axfr/tsig -> 200

$ gandi dns axfr tsig add example.net
| created the TSIG key %UUID(1) (%UUID(1).gandi.net)
! the secondaries of example.net may sign their transfers with the TSIG key %UUID(1)
! its secret, for the secondary's configuration: gandi dns axfr tsig show %UUID(1) [--config bind|knot|nsd|powerdns]
> POST /v5/livedns/axfr/tsig -> 201
> PUT /v5/livedns/domains/example.net/axfr/tsig/%UUID(1) -> 201

$ gandi dns axfr tsig add example.net --key 75160000-0000-4000-8000-000000000001 --json
| {
|   "ok": true,
|   "command": "dns axfr tsig add",
|   "changed": true,
|   "dry_run": false,
|   "domain": "example.net",
|   "id": "75160000-0000-4000-8000-000000000001",
|   "created": false
| }
> PUT /v5/livedns/domains/example.net/axfr/tsig/75160000-0000-4000-8000-000000000001 -> 201

$ api GET /v5/livedns/domains/example.net/axfr/tsig .1.id
| HTTP 200
| .1.id = "75160000-0000-4000-8000-000000000001"

$ gandi dns axfr tsig add example.net --key 75160000-0000-4000-8000-000000000002
! gandi: no TSIG key '75160000-0000-4000-8000-000000000002'
! hint: 'gandi dns axfr tsig list' lists the keys of the organization
? 5
> PUT /v5/livedns/domains/example.net/axfr/tsig/75160000-0000-4000-8000-000000000002 -> 404

$ gandi dns axfr tsig delete example.com 75160000-0000-4000-8000-000000000001
! the secondaries of example.com no longer use the TSIG key 75160000-0000-4000-8000-000000000001
! the key itself stays in the organization (Gandi has no way to delete one)
> DELETE /v5/livedns/domains/example.com/axfr/tsig/75160000-0000-4000-8000-000000000001 -> 204

$ gandi dns axfr tsig delete example.com 75160000-0000-4000-8000-000000000001
! gandi: the secondaries of example.com do not use TSIG key '75160000-0000-4000-8000-000000000001'
! hint: 'gandi dns axfr tsig list example.com' lists the keys they use
? 5
> DELETE /v5/livedns/domains/example.com/axfr/tsig/75160000-0000-4000-8000-000000000001 -> 404

$ gandi dns axfr secondaries list example.com
| ADDRESS
| 192.0.2.53
| 2001:0db8:0000:0000:0000:0000:0000:0053
> GET /v5/livedns/domains/example.com/axfr/slaves -> 200

$ gandi dns axfr secondaries add example.com 192.0.2.54 2001:0db8:0:0::53
! 192.0.2.54 may transfer example.com
! 2001:db8::53 may transfer example.com already: nothing to do
> GET /v5/livedns/domains/example.com/axfr/slaves -> 200
> PUT /v5/livedns/domains/example.com/axfr/slaves/192.0.2.54 -> 201

$ gandi dns axfr secondaries delete example.com 2001:DB8:0::53 198.51.100.1 --json
| {
|   "ok": true,
|   "command": "dns axfr secondaries delete",
|   "changed": true,
|   "dry_run": false,
|   "domain": "example.com",
|   "removed": [
|     "2001:0db8:0000:0000:0000:0000:0000:0053"
|   ]
| }
> GET /v5/livedns/domains/example.com/axfr/slaves -> 200
> DELETE /v5/livedns/domains/example.com/axfr/slaves/2001%3A0db8%3A0000%3A0000%3A0000%3A0000%3A0000%3A0053 -> 204

$ gandi dns axfr secondaries list example.com --json
| [
|   "192.0.2.53",
|   "192.0.2.54"
| ]
> GET /v5/livedns/domains/example.com/axfr/slaves -> 200

$ gandi dns axfr secondaries add example.com 192.0.2.300
! gandi: '192.0.2.300' is not an IPv4 or IPv6 address
? 2
