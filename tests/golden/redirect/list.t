# redirect list: the table and --json.
emu
token all

$ gandi redirect list example.com
| SOURCE            TYPE     PROTOCOL  URL
| blog.example.com  http301  https     https://example.com/blog/
> {
> GET /tokeninfo -> 200
> GET /v5/domain/domains/example.com/webredirs?per_page=100&page=1 -> 200
> }

$ gandi redirect list example.com --json
| [
|   {
|     "created_at": "%DATE(-200d)THH:MM:SSZ",
|     "updated_at": "%DATE(-200d)THH:MM:SSZ",
|     "type": "http301",
|     "host": "blog.example.com",
|     "protocol": "https",
|     "url": "https://example.com/blog/",
|     "cert_status": "active",
|     "cert_uuid": "ce000000-0000-4000-8000-000000000001"
|   }
| ]
> GET /v5/domain/domains/example.com/webredirs?per_page=100&page=1 -> 200
