# Columns are aligned by characters shown, not bytes (a TXT value with é and ✓).
emu
token all

$ gandi dns set example.com TXT u 'café ✓'
! set TXT u in example.com: café ✓ (TTL 10800)
> GET /v5/livedns/domains/example.com/records/u/TXT -> 404
> PUT /v5/livedns/domains/example.com/records/u/TXT -> 201
>   content-type: application/json
>   body: {"rrset_values":["\"caf\\195\\169 \\226\\156\\147\""],"rrset_ttl":10800}
> GET /tokeninfo -> 200

$ gandi dns list example.com --name u
| NAME  TYPE  TTL    VALUE
| u     TXT   10800  café ✓
> GET /v5/livedns/domains/example.com/records/u -> 200
