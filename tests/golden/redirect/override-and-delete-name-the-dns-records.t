# Redirections and the DNS records they need (issue 15): a source outside the zone is
# refused, never read as a name under it (foo.example.net in example.com is not
# foo.example.net.example.com); --override names the records it replaced; deleting a
# redirection says which record stays behind, pointing at Gandi's redirection service.
emu
token all

$ gandi redirect add example.com foo.example.net https://example.org/
! gandi: the source 'foo.example.net' is not example.com nor a name under it: a redirection of example.com redirects one of its own names
! hint: write @ for example.com itself, a label (blog) or a full host (blog.example.com); if you mean foo.example.net.example.com, write it in full; a redirection of another domain is added to that domain
? 2

$ gandi redirect add example.com api https://example.org/api
! gandi: Gandi refused it as a conflict: A DNS record already exists for api.example.com; set override to true to replace it with the redirection.
! in the way: the A record api in example.com (192.0.2.20, 192.0.2.21, TTL 300)
! hint: --override replaces it with the redirection's record
? 1
> GET /v5/livedns/domains/example.com/records/api -> 200
> POST /v5/domain/domains/example.com/webredirs -> 409
>   content-type: application/json
>   body: {"host":"api.example.com","url":"https://example.org/api","type":"http301","protocol":"https","override":false}

$ gandi redirect add example.com api https://example.org/api --override
! added api.example.com -> https://example.org/api (http301, https)
! replaced the A record api in example.com (192.0.2.20, 192.0.2.21, TTL 300)
> GET /v5/livedns/domains/example.com/records/api -> 200
> {
> GET /tokeninfo -> 200
> GET /v5/livedns/domains/example.com/records/api -> 200
> POST /v5/domain/domains/example.com/webredirs -> 201
>   content-type: application/json
>   body: {"host":"api.example.com","url":"https://example.org/api","type":"http301","protocol":"https","override":true}
> }

$ api GET /v5/livedns/domains/example.com/records/api
| HTTP 200
| {"rrset_type": "CNAME", "rrset_ttl": 10800, "rrset_name": "api", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/api/CNAME", "rrset_values": ["webredir.vip.gandi.net."]}

$ gandi redirect update example.com api https://example.org/v2 --override --json
| {
|   "ok": true,
|   "command": "redirect update",
|   "changed": true,
|   "dry_run": false,
|   "action": "update",
|   "host": "api.example.com",
|   "url": "https://example.org/v2",
|   "type": "http301",
|   "protocol": "https",
|   "replaced": []
| }
> {
> GET /v5/domain/domains/example.com/webredirs/api.example.com -> 200
> GET /v5/livedns/domains/example.com/records/api -> 200
> }
> PATCH /v5/domain/domains/example.com/webredirs/api.example.com -> 200
>   content-type: application/json
>   body: {"url":"https://example.org/v2","override":true}

$ gandi redirect delete example.com api --yes --json
| {
|   "ok": true,
|   "command": "redirect delete",
|   "changed": true,
|   "dry_run": false,
|   "action": "delete",
|   "host": "api.example.com",
|   "url": "https://example.org/v2",
|   "left": [
|     {
|       "name": "api",
|       "type": "CNAME",
|       "ttl": 10800,
|       "values": [
|         "webredir.vip.gandi.net."
|       ]
|     }
|   ]
| }
! {"warning":"the CNAME record api in example.com (webredir.vip.gandi.net., TTL 10800) stays, pointing at Gandi's redirection service, which no longer redirects api.example.com; point it elsewhere, or remove it: gandi dns delete example.com CNAME api --yes"}
> GET /v5/domain/domains/example.com/webredirs/api.example.com -> 200
> DELETE /v5/domain/domains/example.com/webredirs/api.example.com -> 204
> GET /v5/livedns/domains/example.com/records/api -> 200

$ api GET /v5/livedns/domains/example.com/records/api
| HTTP 200
| {"rrset_type": "CNAME", "rrset_ttl": 10800, "rrset_name": "api", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/api/CNAME", "rrset_values": ["webredir.vip.gandi.net."]}
