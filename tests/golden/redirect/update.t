# redirect update: nothing to change is a usage error; only what changes is sent
# (one PATCH); an unknown source is exit 5.
emu
token all

$ gandi redirect update example.com blog
! gandi: nothing to change: give a new URL, --type, --protocol or --override
? 2

$ gandi redirect update example.com blog https://example.com/blog/
! unchanged: blog.example.com -> https://example.com/blog/ (http301, https)
> {
> GET /tokeninfo -> 200
> GET /v5/domain/domains/example.com/webredirs/blog.example.com -> 200
> }

$ gandi redirect update example.com blog.example.com https://blog.example.net/ --type http302
! updated blog.example.com -> https://blog.example.net/ (http302, https)
> GET /v5/domain/domains/example.com/webredirs/blog.example.com -> 200
> PATCH /v5/domain/domains/example.com/webredirs/blog.example.com -> 200
>   content-type: application/json
>   body: {"url":"https://blog.example.net/","type":"http302"}

$ api GET /v5/domain/domains/example.com/webredirs
| HTTP 200
| {"created_at": "%DATE(-200d)THH:MM:SSZ", "updated_at": "%DATE(+0d)THH:MM:SSZ", "type": "http302", "host": "blog.example.com", "protocol": "https", "url": "https://blog.example.net/", "cert_status": "active", "cert_uuid": "ce000000-0000-4000-8000-000000000001"}

$ gandi redirect update example.com nope https://x.example/
! gandi: example.com has no redirection from nope.example.com
! hint: add it with: gandi redirect add example.com nope URL
? 5
> {
> GET /v5/domain/domains/example.com/webredirs -> 200
> GET /v5/domain/domains/example.com/webredirs/nope.example.com -> 404
> }
