# --sharing-id takes an organization's name as 'gandi org list' shows it (any case),
# found with one request, as well as its id; a name no organization has is a usage error
# naming those the token can see.
emu
token all

$ gandi --sharing-id ALICE domain list --columns domain
| DOMAIN
| example.com
| example.net
| example.org
> {
> GET /tokeninfo -> 200
> GET /v5/domain/domains?sort_by=fqdn&sharing_id=a11ce000-0000-4000-8000-000000000001&per_page=100&page=1 -> 200
> GET /v5/organization/organizations?per_page=100&page=1 -> 200
> }

$ gandi --sharing-id bob domain list
! gandi: no organization named 'bob' (from --sharing-id)
! this token can see: alice (a11ce000-0000-4000-8000-000000000001)
? 2
> GET /v5/organization/organizations?per_page=100&page=1 -> 200
