# redirect delete asks first: refused without a terminal (exit 2), "no" on one keeps
# it, --yes deletes; deleting it again is exit 5.
emu
token all

$ gandi redirect delete example.com blog
! gandi: refusing to delete a redirection without confirmation: stdin is not a terminal
! hint: add --yes to confirm in scripts
? 2
> GET /v5/domain/domains/example.com/webredirs/blog.example.com -> 200

$ tty gandi redirect delete example.com blog <<EOF
no
EOF
| Delete the redirection blog.example.com -> https://example.com/blog/? [y/N] no
| gandi: declined: nothing was changed
? 8
> GET /v5/domain/domains/example.com/webredirs/blog.example.com -> 200

$ api GET /v5/domain/domains/example.com/webredirs
| HTTP 200
| {"created_at": "%DATE(-200d)THH:MM:SSZ", "updated_at": "%DATE(-200d)THH:MM:SSZ", "type": "http301", "host": "blog.example.com", "protocol": "https", "url": "https://example.com/blog/", "cert_status": "active", "cert_uuid": "ce000000-0000-4000-8000-000000000001"}

$ gandi redirect delete example.com blog --yes
! deleted blog.example.com -> https://example.com/blog/
! warning: the CNAME record blog in example.com (webredir.vip.gandi.net., TTL 10800) stays, pointing at Gandi's redirection service, which no longer redirects blog.example.com; point it elsewhere, or remove it: gandi dns delete example.com CNAME blog --yes
> GET /v5/domain/domains/example.com/webredirs/blog.example.com -> 200
> {
> DELETE /v5/domain/domains/example.com/webredirs/blog.example.com -> 204
> GET /tokeninfo -> 200
> GET /v5/livedns/domains/example.com/records/blog -> 200
> }

$ api GET /v5/domain/domains/example.com/webredirs
| HTTP 200

$ gandi redirect delete example.com blog --yes
! gandi: example.com has no redirection from blog.example.com
? 5
> {
> GET /v5/domain/domains/example.com/webredirs -> 200
> GET /v5/domain/domains/example.com/webredirs/blog.example.com -> 404
> }
