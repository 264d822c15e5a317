# redirect add sends the full host (a label is completed with the domain); a record in
# the way is refused with the hint --override; --override replaces it; a bad URL, an
# unknown type or a host outside the domain are refused before sending.
emu
token all

$ gandi redirect add example.com shop https://shop.example.org/ --type http302
! added shop.example.com -> https://shop.example.org/ (http302, https)
> GET /v5/livedns/domains/example.com/records/shop -> 200
> POST /v5/domain/domains/example.com/webredirs -> 201
>   content-type: application/json
>   body: {"host":"shop.example.com","url":"https://shop.example.org/","type":"http302","protocol":"https","override":false}
> GET /tokeninfo -> 200

$ api GET /v5/domain/domains/example.com/webredirs
| HTTP 200
| {"created_at": "%DATE(-200d)THH:MM:SSZ", "updated_at": "%DATE(-200d)THH:MM:SSZ", "type": "http301", "host": "blog.example.com", "protocol": "https", "url": "https://example.com/blog/", "cert_status": "active", "cert_uuid": "ce000000-0000-4000-8000-000000000001"}
| {"created_at": "%DATE(+0d)THH:MM:SSZ", "updated_at": "%DATE(+0d)THH:MM:SSZ", "type": "http302", "host": "shop.example.com", "protocol": "https", "url": "https://shop.example.org/", "cert_status": "active", "cert_uuid": "%UUID(1)"}

$ gandi redirect add example.com @ https://www.example.org/
! gandi: Gandi refused it as a conflict: A DNS record already exists for example.com; set override to true to replace it with the redirection.
! in the way: the A record @ in example.com (192.0.2.10, TTL 1800)
! in the way: the AAAA record @ in example.com (2001:db8::10, TTL 1800)
! hint: --override replaces them with the redirection's record
? 1
> GET /v5/livedns/domains/example.com/records/%40 -> 200
> POST /v5/domain/domains/example.com/webredirs -> 409
>   content-type: application/json
>   body: {"host":"example.com","url":"https://www.example.org/","type":"http301","protocol":"https","override":false}

$ gandi redirect add example.com @ https://www.example.org/ --override
! added example.com -> https://www.example.org/ (http301, https)
! replaced the A record @ in example.com (192.0.2.10, TTL 1800)
! replaced the AAAA record @ in example.com (2001:db8::10, TTL 1800)
> GET /v5/livedns/domains/example.com/records/%40 -> 200
> POST /v5/domain/domains/example.com/webredirs -> 201
>   content-type: application/json
>   body: {"host":"example.com","url":"https://www.example.org/","type":"http301","protocol":"https","override":true}
> GET /v5/livedns/domains/example.com/records/%40 -> 200

$ api GET /v5/domain/domains/example.com/webredirs
| HTTP 200
| {"created_at": "%DATE(-200d)THH:MM:SSZ", "updated_at": "%DATE(-200d)THH:MM:SSZ", "type": "http301", "host": "blog.example.com", "protocol": "https", "url": "https://example.com/blog/", "cert_status": "active", "cert_uuid": "ce000000-0000-4000-8000-000000000001"}
| {"created_at": "%DATE(+0d)THH:MM:SSZ", "updated_at": "%DATE(+0d)THH:MM:SSZ", "type": "http301", "host": "example.com", "protocol": "https", "url": "https://www.example.org/", "cert_status": "active", "cert_uuid": "%UUID(2)"}
| {"created_at": "%DATE(+0d)THH:MM:SSZ", "updated_at": "%DATE(+0d)THH:MM:SSZ", "type": "http302", "host": "shop.example.com", "protocol": "https", "url": "https://shop.example.org/", "cert_status": "active", "cert_uuid": "%UUID(1)"}

$ gandi redirect add example.com x ftp://x.example/
! gandi: 'ftp://x.example/' is not an http:// or https:// URL
! a redirection's target looks like https://www.example.org/page
? 2

$ gandi redirect add example.com x https://x.example/ --type 301
! gandi: --type '301' is not one of http301, http302, cloak
? 2

$ gandi redirect add example.com x.other.com https://x.example/
! gandi: the source 'x.other.com' is not example.com nor a name under it: a redirection of example.com redirects one of its own names
! hint: write @ for example.com itself, a label (blog) or a full host (blog.example.com); if you mean x.other.com.example.com, write it in full; a redirection of another domain is added to that domain
? 2
