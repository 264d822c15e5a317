# An empty result prints nothing on stdout (not even the header) and says so on
# stderr; -q keeps it silent; --json is an empty array.
emu
token all

$ gandi domain list --tld fr
! no domains match
> {
> GET /tokeninfo -> 200
> GET /v5/domain/domains?sort_by=fqdn&tld=fr&per_page=100&page=1 -> 200
> }

$ gandi domain list --fqdn 'nomatch*' -q
> GET /v5/domain/domains?sort_by=fqdn&fqdn=nomatch%2A&per_page=100&page=1 -> 200

$ gandi dns list example.com --type NAPTR
! no NAPTR records in example.com
> GET /v5/livedns/domains/example.com/records?rrset_type=NAPTR&per_page=100&page=1 -> 200

$ gandi dns list example.com --name nothing-here --json
| []
> GET /v5/livedns/domains/example.com/records/nothing-here -> 200

$ gandi redirect list example.org
! example.org has no web redirections
> GET /v5/domain/domains/example.org/webredirs?per_page=100&page=1 -> 200
