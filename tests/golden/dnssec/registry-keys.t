# domain dnskeys: the keys the registry publishes DS records for. add takes a DNSKEY
# record (as dig and dnssec-keygen print it, owner and TTL optional) or its rdata, or
# --algorithm/--type/--public-key; the key is checked before anything is sent, one the
# registry has already is not sent again (compared by value), --dry-run sends no write;
# delete finds the key first.
emu
token all

$ gandi domain dnskeys list example.com
| ID       TYPE  TAG   ALGORITHM  DIGEST
| 1281080  ksk   1688  13         2 1BBEC24A6B7F8F82A791898C5B09B2C40AB35CEA19BD7FAD89A2397772F19329
> {
> GET /tokeninfo -> 200
> GET /v5/domain/domains/example.com/dnskeys?per_page=100&page=1 -> 200
> }

$ gandi domain dnskeys add example.net 'example.net. 3600 IN DNSKEY 257 3 13 ( GojIhhXUN/u4v54ZQqGSnyhWJwaubCvTmeexv7bR6edbkrSqQpF64cYbcB7wNcP+e+MAnLr+Wi9xMWyQLc8NAA== ) ; KSK'
! handing the ksk (algorithm 13, key tag 55648) to the registry of example.net
! the registry does it in the background: 'gandi domain dnskeys list example.net' shows the key once it is there
> GET /v5/domain/domains/example.net/dnskeys?per_page=100&page=1 -> 200
> POST /v5/domain/domains/example.net/dnskeys -> 202
>   content-type: application/json
>   body: {"algorithm":13,"type":"ksk","public_key":"GojIhhXUN/u4v54ZQqGSnyhWJwaubCvTmeexv7bR6edbkrSqQpF64cYbcB7wNcP+e+MAnLr+Wi9xMWyQLc8NAA=="}

$ api GET /v5/domain/domains/example.net/dnskeys
| HTTP 200
| {"id": 1281081, "keytag": 55648, "algorithm": 13, "type": "ksk", "digest_type": 2, "digest": "B4C8C1FE2E7477127B27115656AD6256F424625BF5C1E2770CE6D6E37DF61D17", "public_key": "GojIhhXUN/u4v54ZQqGSnyhWJwaubCvTmeexv7bR6edbkrSqQpF64cYbcB7wNcP+e+MAnLr+Wi9xMWyQLc8NAA==", "href": "%EMU/v5/domain/domains/example.net/dnskeys/1281081"}

$ gandi domain dnskeys add example.net 257 3 ECDSAP256SHA256 GojIhhXUN/u4v54ZQqGSnyhWJwaubCvTmeexv7bR6edbkrSqQpF64cYbcB7wNcP+ e+MAnLr+Wi9xMWyQLc8NAA==
! the registry has this key of example.net already (1281081, a ksk, key tag 55648): nothing to do
> GET /v5/domain/domains/example.net/dnskeys?per_page=100&page=1 -> 200

$ gandi domain dnskeys add example.com --type ksk --algorithm 13 --public-key mdsswUyr3DPW132mOi8V9xESWE8jTo0dxCjjnopKl+GqJxpVXckHAeF+KkxLbxILfDLUT0rAK9iUzy1L53eKGQ== --dry-run
! dry run: would hand the ksk (algorithm 13, key tag 2371) to the registry of example.com: nothing was sent
> GET /v5/domain/domains/example.com/dnskeys?per_page=100&page=1 -> 200

$ gandi domain dnskeys add example.com --type ksk --algorithm 13 --public-key mdsswUyr3DPW132mOi8V9xESWE8jTo0dxCjjnopKl+GqJxpVXckHAeF+KkxLbxILfDLUT0rAK9iUzy1L53eKGQ== --json
| {
|   "ok": true,
|   "command": "domain dnskeys add",
|   "changed": true,
|   "dry_run": false,
|   "domain": "example.com",
|   "type": "ksk",
|   "algorithm": 13,
|   "keytag": 2371,
|   "public_key": "mdsswUyr3DPW132mOi8V9xESWE8jTo0dxCjjnopKl+GqJxpVXckHAeF+KkxLbxILfDLUT0rAK9iUzy1L53eKGQ=="
| }
> GET /v5/domain/domains/example.com/dnskeys?per_page=100&page=1 -> 200
> POST /v5/domain/domains/example.com/dnskeys -> 202
>   content-type: application/json
>   body: {"algorithm":13,"type":"ksk","public_key":"mdsswUyr3DPW132mOi8V9xESWE8jTo0dxCjjnopKl+GqJxpVXckHAeF+KkxLbxILfDLUT0rAK9iUzy1L53eKGQ=="}

# the key tag gandi computed is the registry's
$ api GET /v5/domain/domains/example.com/dnskeys .1.keytag
| HTTP 200
| .1.keytag = 2371

$ gandi domain dnskeys add example.com 'example.net. IN DNSKEY 257 3 13 GojIhhXUN/u4v54ZQqGSnyhWJwaubCvTmeexv7bR6edbkrSqQpF64cYbcB7wNcP+e+MAnLr+Wi9xMWyQLc8NAA=='
! gandi: the DNSKEY is example.net's, not example.com's
? 2

$ gandi domain dnskeys add example.com 257 3 13 AAAA
! gandi: invalid DNSKEY public key: a key of algorithm 13 is 64 bytes, this one 3
? 2

$ gandi domain dnskeys add example.com 385 3 13 GojIhhXUN/u4v54ZQqGSnyhWJwaubCvTmeexv7bR6edbkrSqQpF64cYbcB7wNcP+e+MAnLr+Wi9xMWyQLc8NAA==
! gandi: invalid DNSKEY flags '385': a zone's key has 257 (a KSK) or 256 (a ZSK)
? 2

$ gandi domain dnskeys add example.com --type ksk
! gandi: --algorithm, --type and --public-key go together: missing --algorithm
? 2

$ gandi domain dnskeys add example.com
! gandi: 'gandi domain dnskeys add' needs the key: a DNSKEY, or --algorithm, --type and --public-key
! usage: gandi domain dnskeys add example.com 'example.com. IN DNSKEY 257 3 13 BASE64...'
? 2

$ gandi domain dnskeys delete example.net 1281081 --dry-run
! dry run: would delete the registry's ksk 1281081 (key tag 55648) of example.net: nothing was sent
> GET /v5/domain/domains/example.net/dnskeys?per_page=100&page=1 -> 200

$ gandi domain dnskeys delete example.net 1281081
! deleting the registry's ksk 1281081 (key tag 55648) of example.net
! the registry withdraws its DS in the background; resolvers forget it once its TTL has passed
> GET /v5/domain/domains/example.net/dnskeys?per_page=100&page=1 -> 200
> DELETE /v5/domain/domains/example.net/dnskeys/1281081 -> 202

$ api GET /v5/domain/domains/example.net/dnskeys
| HTTP 200

$ gandi domain dnskeys delete example.net 1281081
! gandi: the registry has no key 1281081 for example.net
! hint: 'gandi domain dnskeys list example.net' lists them
? 5
> GET /v5/domain/domains/example.net/dnskeys?per_page=100&page=1 -> 200

$ gandi domain dnskeys delete example.net first
! gandi: 'first' is not the id of a registry key (a number)
! hint: 'gandi domain dnskeys list example.net' lists them
? 2
