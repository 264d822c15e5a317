# The transfer code (authinfo) is a secret: domain authinfo prints it alone on stdout
# (and in its --json), and nothing else gandi prints holds it: not domain info, not its
# --json (Gandi's object without it), not the -v and -vv traces of authinfo itself. A
# locked domain gets a note. (--reset makes a random code: tests/e2e/test_registry.py.)
emu
token all

$ gandi domain authinfo example.com
| Vb3+qPx8-kZt
! example.com is locked against transfers: 'gandi domain unlock example.com' before giving this code to the new registrar
> {
> GET /tokeninfo -> 200
> GET /v5/domain/domains/example.com -> 200
> }

$ gandi domain authinfo example.net --json
| {
|   "domain": "example.net",
|   "authinfo": "m7Q-Tz2+hRw9",
|   "expires_at": null,
|   "locked": false,
|   "reset": false
| }
> GET /v5/domain/domains/example.net -> 200

secret Vb3+qPx8-kZt
secret m7Q-Tz2+hRw9

$ gandi domain info example.com --json
| {
|   "status": [
|     "clientTransferProhibited"
|   ],
|   "dates": {
|     "created_at": "%DATE(-1500d)THH:MM:SSZ",
|     "deletes_at": "%DATE(+445d)THH:MM:SSZ",
|     "hold_begins_at": "%DATE(+400d)THH:MM:SSZ",
|     "hold_ends_at": "%DATE(+445d)THH:MM:SSZ",
|     "pending_delete_ends_at": "%DATE(+480d)THH:MM:SSZ",
|     "registry_created_at": "%DATE(-1500d)THH:MM:SSZ",
|     "registry_ends_at": "%DATE(+400d)THH:MM:SSZ",
|     "renew_begins_at": "%DATE(-1500d)THH:MM:SSZ",
|     "restore_ends_at": "%DATE(+475d)THH:MM:SSZ",
|     "updated_at": "%DATE(-20d)THH:MM:SSZ"
|   },
|   "can_tld_lock": true,
|   "tags": [
|     "prod"
|   ],
|   "reachability": "done",
|   "nameservers": [
|     "ns-101-a.gandi.net",
|     "ns-16-b.gandi.net",
|     "ns-82-c.gandi.net"
|   ],
|   "contacts": {
|     "admin": {
|       "given": "Alice",
|       "family": "Example",
|       "email": "alice@example.org",
|       "streetaddr": "1 rue de l'Exemple",
|       "zip": "75001",
|       "city": "Paris",
|       "country": "FR",
|       "phone": "+33.100000000",
|       "type": "individual",
|       "extra_parameters": {},
|       "data_obfuscated": true,
|       "mail_obfuscated": true,
|       "same_as_owner": true
|     },
|     "bill": {
|       "given": "Alice",
|       "family": "Example",
|       "email": "alice@example.org",
|       "streetaddr": "1 rue de l'Exemple",
|       "zip": "75001",
|       "city": "Paris",
|       "country": "FR",
|       "phone": "+33.100000000",
|       "type": "individual",
|       "extra_parameters": {},
|       "data_obfuscated": true,
|       "mail_obfuscated": true,
|       "same_as_owner": true
|     },
|     "tech": {
|       "given": "Alice",
|       "family": "Example",
|       "email": "alice@example.org",
|       "streetaddr": "1 rue de l'Exemple",
|       "zip": "75001",
|       "city": "Paris",
|       "country": "FR",
|       "phone": "+33.100000000",
|       "type": "individual",
|       "extra_parameters": {},
|       "data_obfuscated": true,
|       "mail_obfuscated": true,
|       "same_as_owner": true
|     },
|     "owner": {
|       "given": "Alice",
|       "family": "Example",
|       "email": "alice@example.org",
|       "streetaddr": "1 rue de l'Exemple",
|       "zip": "75001",
|       "city": "Paris",
|       "country": "FR",
|       "phone": "+33.100000000",
|       "type": "individual",
|       "extra_parameters": {},
|       "data_obfuscated": true,
|       "mail_obfuscated": true
|     }
|   },
|   "fqdn": "example.com",
|   "autorenew": {
|     "dates": [
|       "%DATE(+370d)THH:MM:SSZ",
|       "%DATE(+385d)THH:MM:SSZ",
|       "%DATE(+399d)THH:MM:SSZ"
|     ],
|     "org_id": "a11ce000-0000-4000-8000-000000000001",
|     "duration": 1,
|     "href": "%EMU/v5/domain/domains/example.com/autorenew",
|     "enabled": true
|   },
|   "sharing_space": {
|     "type": "user",
|     "id": "a11ce000-0000-4000-8000-000000000001",
|     "name": "alice"
|   },
|   "tld": "com",
|   "services": [
|     "gandilivedns",
|     "webredirection"
|   ],
|   "id": "d0000000-0000-4000-8000-000000000001",
|   "trustee_roles": [],
|   "href": "%EMU/v5/domain/domains/example.com",
|   "fqdn_unicode": "example.com"
| }
> GET /v5/domain/domains/example.com -> 200

$ sh -c '%GANDI -vv domain authinfo example.com >/dev/null'
! gandi: > GET /v5/domain/domains/example.com HTTP/1.1
! gandi: > Host: 127.0.0.1:%PORT
! gandi: > User-Agent: gandi/0.1.0
! gandi: > Accept-Encoding: deflate, gzip, br, zstd
! gandi: > Accept: application/json
! gandi: > Authorization: Bearer ****a11a
! gandi: < HTTP/1.1 200 OK
! gandi: < Date: %HTTPDATE
! gandi: < Server: nginx
! gandi: < Via: 1.1 varnish-v4, 1.1 varnish-v4
! gandi: < Cache-Control: max-age=0, must-revalidate, no-cache, no-store
! gandi: < Pragma: no-cache
! gandi: < Age: 0
! gandi: < X-Cache: MISS
! gandi: < X-Cache-Hits: 0
! gandi: < Expires: %HTTPDATE
! gandi: < Last-Modified: %HTTPDATE
! gandi: < Strict-Transport-Security: max-age=15768000;
! gandi: < Vary: Accept-Encoding, Accept-Language
! gandi: < X-Content-Type-Options: nosniff
! gandi: < X-Frame-Options: DENY
! gandi: < X-XSS-Protection: 1; mode=block
! gandi: < ETag: %ETAG
! gandi: < Accept-Ranges: bytes
! gandi: < Content-Type: application/json; charset=utf-8
! gandi: < Content-Length: 2303
! gandi: < body: {"status":["clientTransferProhibited"],"dates":{"created_at":"%DATE(-1500d)THH:MM:SSZ","deletes_at":"%DATE(+445d)THH:MM:SSZ","hold_begins_at":"%DATE(+400d)THH:MM:SSZ","hold_ends_at":"%DATE(+445d)THH:MM:SSZ","pending_delete_ends_at":"%DATE(+480d)THH:MM:SSZ","registry_created_at":"%DATE(-1500d)THH:MM:SSZ","registry_ends_at":"%DATE(+400d)THH:MM:SSZ","renew_begins_at":"%DATE(-1500d)THH:MM:SSZ","restore_ends_at":"%DATE(+475d)THH:MM:SSZ","updated_at":"%DATE(-20d)THH:MM:SSZ"},"can_tld_lock":true,"tags":["prod"],"reachability":"done","nameservers":["ns-101-a.gandi.net","ns-16-b.gandi.net","ns-82-c.gandi.net"],"contacts":{"admin":{"given":"Alice","family":"Example","email":"alice@example.org","streetaddr":"1 rue de l'Exemple","zip":"75001","city":"Paris","country":"FR","phone":"+33.100000000","type":"individual","extra_parameters":{},"data_obfuscated":true,"mail_obfuscated":true,"same_as_owner":true},"bill":{"given":"Alice","family":"Example","email":"alice@example.org","streetaddr":"1 rue de l'Exemple","zip":"75001","city":"Paris","country":"FR","phone":"+33.100000000","type":"individual","extra_parameters":{},"data_obfuscated":true,"mail_obfuscated":true,"same_as_owner":true},"tech":{"given":"Alice","family":"Example","email":"alice@example.org","streetaddr":"1 rue de l'Exemple","zip":"75001","city":"Paris","country":"FR","phone":"+33.100000000","type":"individual","extra_parameters":{},"data_obfuscated":true,"mail_obfuscated":true,"same_as_owner":true},"owner":{"given":"Alice","family":"Example","email":"alice@example.org","streetaddr":"1 rue de l'Exemple","zip":"75001","city":"Paris","country":"FR","phone":"+33.100000000","type":"individual","extra_parameters":{},"data_obfuscated":true,"mail_obfuscated":true}},"fqdn":"example.com","autorenew":{"dates":["%DATE(+370d)THH:MM:SSZ","%DATE(+385d)THH:MM:SSZ","%DATE(+399d)THH:MM:SSZ"],"org_id":"a11ce000-0000-4000-8000-000000000001","duration":1,"href":"%EMU/v5/domain/domains/example.com/autorenew","enabled":true},"authinfo":"********-kZt","sharing_space":{"type":"user","id":"a11ce000-0000-4000-8000-000000000001","name":"alice"},"tld":"com","services":["gandilivedns","webredirection"],"id":"d0000000-0000-4000-8000-000000000001","trustee_roles":[],"href":"%EMU/v5/domain/domains/example.com","fqdn_unicode":"example.com"}
! gandi: GET %EMU/v5/domain/domains/example.com -> 200 in %MS ms, attempt 1/4
! example.com is locked against transfers: 'gandi domain unlock example.com' before giving this code to the new registrar
> GET /v5/domain/domains/example.com -> 200

$ sh -c '%GANDI -v domain authinfo example.net --json >/dev/null'
! gandi: GET %EMU/v5/domain/domains/example.net -> 200 in %MS ms, attempt 1/4
> GET /v5/domain/domains/example.net -> 200

$ gandi domain authinfo nope.example
! gandi: domain 'nope.example' was not found, or this token does not cover it
! Gandi answers 404 both when something does not exist and when the token cannot reach it
! (a domain of another organization, or a token limited to other domains).
! This token can see these organizations: alice (a11ce000-0000-4000-8000-000000000001).
! hint: act for one of them with --sharing-id ID (or sharing_id in the config); 'gandi domain list' shows the domains this token covers
? 5
> {
> GET /v5/domain/domains/nope.example -> 404
> GET /v5/organization/organizations?per_page=100&page=1 -> 200
> }
