# dns keys: the keys LiveDNS signs a zone with. list (deleted ones too), show (with the
# DNSKEY and the DS line for the parent), delete (a ZSK at once; a KSK asks first and is
# refused without a terminal unless --yes; already deleted: nothing sent), restore; ids
# and --flags checked before anything is sent. (keys add makes random keys: its output is
# checked against gandi-emu's state in tests/e2e/test_dnssec.py.)
emu
token all

$ gandi dns keys list example.com
| ID                                    TYPE  TAG   ALGORITHM           STATE
| 4b000000-0000-4000-8000-000000000001  KSK   1688  13 ECDSAP256SHA256  active
> {
> GET /tokeninfo -> 200
> GET /v5/livedns/domains/example.com/keys -> 200
> }

$ gandi dns keys list example.net --json
| [
|   {
|     "id": "4b000000-0000-4000-8000-000000000002",
|     "fqdn": "example.net",
|     "flags": 256,
|     "algorithm": 13,
|     "algorithm_name": "ECDSAP256SHA256",
|     "status": "active",
|     "deleted": true,
|     "ds": "example.net. 3600 IN DS 41084 13 2 15539a504f7dbbd138f2311d186496a2dc24ebdfb9eb6f2405445c907fea1cbd",
|     "key_href": "%EMU/v5/livedns/domains/example.net/keys/4b000000-0000-4000-8000-000000000002"
|   }
| ]
> GET /v5/livedns/domains/example.net/keys -> 200

$ gandi dns keys show example.com 4b000000-0000-4000-8000-000000000001
| id           4b000000-0000-4000-8000-000000000001
| type         KSK (flags 257)
| state        active
| algorithm    13 (ECDSAP256SHA256)
| key tag      1688
| fingerprint  834f382ad8dcd95f21eaa770a371848a4ef38a9cb042ee6e99d1622316fe313b
| public key   iiSjKLGqfZMzW7CpwqHHqd5XAxwMpM+p7E2gY8BdwPJjqtIW+61lVfOM2y9vPYWD0H6jvcsg6uxSYIOenZBzzg==
| DNSKEY       example.com. IN DNSKEY 257 3 13 iiSjKLGqfZMzW7CpwqHHqd5XAxwMpM+p7E2gY8BdwPJjqtIW+61lVfOM2y9vPYWD0H6jvcsg6uxSYIOenZBzzg==
| DS           example.com. 3600 IN DS 1688 13 2 1bbec24a6b7f8f82a791898c5b09b2c40ab35cea19bd7fad89a2397772f19329
! the DS line is what the parent zone publishes for this key: 'gandi dns dnssec enable example.com' hands it to the registry, or give it to the registrar
> GET /v5/livedns/domains/example.com/keys/4b000000-0000-4000-8000-000000000001 -> 200

$ gandi dns keys show example.com 4b000000-0000-4000-8000-000000000009
! gandi: example.com has no DNSSEC key '%UUID(1)'
! hint: 'gandi dns keys list example.com' lists its keys
? 5
> GET /v5/livedns/domains/example.com/keys/%UUID(1) -> 404

$ gandi dns keys show example.com 'no/such'
! gandi: 'no/such' is not a DNSSEC key id (letters, digits and dashes)
! hint: 'gandi dns keys list example.com' lists the keys and their ids
? 2

$ gandi dns keys add example.net --flags 255
! gandi: --flags takes 257 (a KSK) or 256 (a ZSK), not '255'
? 2

$ gandi dns keys delete example.net 4b000000-0000-4000-8000-000000000002
! the ZSK 4b000000-0000-4000-8000-000000000002 of example.net is deleted already: nothing to do
> GET /v5/livedns/domains/example.net/keys/4b000000-0000-4000-8000-000000000002 -> 200

$ gandi dns keys restore example.net 4b000000-0000-4000-8000-000000000002
! restored the ZSK 4b000000-0000-4000-8000-000000000002 (key tag 41084) of example.net: it signs the zone again
> GET /v5/livedns/domains/example.net/keys/4b000000-0000-4000-8000-000000000002 -> 200
> PATCH /v5/livedns/domains/example.net/keys/4b000000-0000-4000-8000-000000000002 -> 200
>   content-type: application/json
>   body: {"deleted":false}

$ api GET /v5/livedns/domains/example.net/keys/4b000000-0000-4000-8000-000000000002 .deleted
| HTTP 200
| .deleted = false

$ gandi dns keys restore example.net 4b000000-0000-4000-8000-000000000002
! the ZSK 4b000000-0000-4000-8000-000000000002 of example.net is not deleted: nothing to do
> GET /v5/livedns/domains/example.net/keys/4b000000-0000-4000-8000-000000000002 -> 200

$ gandi dns keys delete example.net 4b000000-0000-4000-8000-000000000002 --json
| {
|   "ok": true,
|   "command": "dns keys delete",
|   "changed": true,
|   "dry_run": false,
|   "domain": "example.net",
|   "id": "4b000000-0000-4000-8000-000000000002",
|   "flags": 256
| }
> GET /v5/livedns/domains/example.net/keys/4b000000-0000-4000-8000-000000000002 -> 200
> DELETE /v5/livedns/domains/example.net/keys/4b000000-0000-4000-8000-000000000002 -> 204

$ gandi dns keys delete example.com 4b000000-0000-4000-8000-000000000001
! gandi: refusing to delete a key-signing key without confirmation: stdin is not a terminal
! hint: add --yes to confirm in scripts
? 2
> GET /v5/livedns/domains/example.com/keys/4b000000-0000-4000-8000-000000000001 -> 200

$ gandi dns keys delete example.com 4b000000-0000-4000-8000-000000000001 --dry-run
! dry run: would delete the KSK 4b000000-0000-4000-8000-000000000001 (key tag 1688) of example.com: nothing was sent
> GET /v5/livedns/domains/example.com/keys/4b000000-0000-4000-8000-000000000001 -> 200

$ tty gandi dns keys delete example.com 4b000000-0000-4000-8000-000000000001 <<EOF
n
EOF
| Delete the KSK 4b000000-0000-4000-8000-000000000001 (key tag 1688) of example.com? While the parent publishes its DS, validating resolvers fail to resolve example.com. [y/N] n
| gandi: declined: nothing was changed
? 8
> GET /v5/livedns/domains/example.com/keys/4b000000-0000-4000-8000-000000000001 -> 200

$ gandi dns keys delete example.com 4b000000-0000-4000-8000-000000000001 --yes
! deleted the KSK 4b000000-0000-4000-8000-000000000001 (key tag 1688) of example.com
! it stays listed as deleted; bring it back with: gandi dns keys restore example.com 4b000000-0000-4000-8000-000000000001
> GET /v5/livedns/domains/example.com/keys/4b000000-0000-4000-8000-000000000001 -> 200
> DELETE /v5/livedns/domains/example.com/keys/4b000000-0000-4000-8000-000000000001 -> 204

$ api GET /v5/livedns/domains/example.com/keys/4b000000-0000-4000-8000-000000000001 .deleted
| HTTP 200
| .deleted = true
