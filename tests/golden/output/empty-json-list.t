# A list with nothing in it is "[]" in JSON.
emu
token all

$ gandi domain list --tld zz --json
| []
> {
> GET /tokeninfo -> 200
> GET /v5/domain/domains?sort_by=fqdn&tld=zz&per_page=100&page=1 -> 200
> }
