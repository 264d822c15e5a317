# Exit codes scripts can branch on: nothing to do is 0 (redirect update, dns set);
# domain available --exit-code says "taken" with 11 and "free" with 0 (without it, 0
# either way); a declined prompt has its own code, 8.
emu
token all

$ gandi redirect update example.com blog https://example.com/blog/
! unchanged: blog.example.com -> https://example.com/blog/ (http301, https)
> {
> GET /tokeninfo -> 200
> GET /v5/domain/domains/example.com/webredirs/blog.example.com -> 200
> }

$ gandi redirect update example.com blog https://example.com/blog/ --json
| {
|   "ok": true,
|   "command": "redirect update",
|   "changed": false,
|   "dry_run": false,
|   "action": "update",
|   "host": "blog.example.com",
|   "url": "https://example.com/blog/",
|   "type": "http301",
|   "protocol": "https",
|   "replaced": []
| }
> GET /v5/domain/domains/example.com/webredirs/blog.example.com -> 200

$ gandi dns set example.com A api 192.0.2.20 192.0.2.21
! unchanged: set A api in example.com: 192.0.2.20, 192.0.2.21 (TTL 300)
> GET /v5/livedns/domains/example.com/records/api/A -> 200

$ gandi domain available example.com --exit-code
| DOMAIN       STATUS       PRICE  PERIOD
| example.com  unavailable  -      -
? 11
> GET /v5/domain/check?name=example.com -> 200

$ gandi domain available brand-new-name.com --exit-code -q
| DOMAIN              STATUS     PRICE      PERIOD
| brand-new-name.com  available  18.60 EUR  1 y
> GET /v5/domain/check?name=brand-new-name.com -> 200

$ gandi domain available example.com
| DOMAIN       STATUS       PRICE  PERIOD
| example.com  unavailable  -      -
> GET /v5/domain/check?name=example.com -> 200

$ tty gandi dns delete example.com CNAME webmail <<EOF
no
EOF
| Delete the CNAME record webmail in example.com (webmail.gandi.net., TTL 10800)? [y/N] no
| gandi: declined: nothing was changed
? 8
> GET /v5/livedns/domains/example.com/records/webmail/CNAME -> 200
