# A 404 may mean "another organization's": the error lists the organizations the token
# can see and the --sharing-id hint (in JSON too); without organization:view it cannot
# list them. A legacy key reaches every organization.
emu

token legacy
$ gandi domain info example-corp.com --plain
| domain	example-corp.com
| status	clientTransferProhibited
| created	%DATE(-800d)
| expires	%DATE(+200d) (in 200 days)
| autorenew	on (1 year)
| transfer lock	on
| nameservers	ns-240-a.gandi.net, ns-38-b.gandi.net, ns-226-c.gandi.net
| services	gandilivedns
| organization	example-corp (organization), id c0c00000-0000-4000-8000-000000000002
| owner	Example Corp
> GET /v5/domain/domains/example-corp.com -> 200

token all
$ gandi dns list example-corp.com
! gandi: domain 'example-corp.com' was not found, or this token does not cover it
! Gandi answers 404 both when something does not exist and when the token cannot reach it
! (a domain of another organization, or a token limited to other domains).
! This token can see these organizations: alice (a11ce000-0000-4000-8000-000000000001).
! hint: act for one of them with --sharing-id ID (or sharing_id in the config); 'gandi domain list' shows the domains this token covers
? 5
> {
> GET /v5/domain/domains/example-corp.com -> 404
> GET /v5/livedns/domains/example-corp.com/records?per_page=100&page=1 -> 404
> GET /v5/organization/organizations?per_page=100&page=1 -> 200
> }

$ gandi dns list example-corp.com --json
! {"error":"domain 'example-corp.com' was not found, or this token does not cover it","kind":"not_found","exit_code":5,"detail":"Gandi answers 404 both when something does not exist and when the token cannot reach it\n(a domain of another organization, or a token limited to other domains).\nThis token can see these organizations: alice (a11ce000-0000-4000-8000-000000000001).\nhint: act for one of them with --sharing-id ID (or sharing_id in the config); 'gandi domain list' shows the domains this token covers\n","organizations":[{"id":"a11ce000-0000-4000-8000-000000000001","name":"alice"}],"status":404,"api_message":"The resource could not be found."}
? 5
> {
> GET /v5/domain/domains/example-corp.com -> 404
> GET /v5/livedns/domains/example-corp.com/records?per_page=100&page=1 -> 404
> GET /v5/organization/organizations?per_page=100&page=1 -> 200
> }

token no-org
$ gandi dns list example-corp.com
! gandi: domain 'example-corp.com' was not found, or this token does not cover it
! Gandi answers 404 both when something does not exist and when the token cannot reach it
! (a domain of another organization, or a token limited to other domains).
! hint: 'gandi domain list' shows the domains this token covers; --sharing-id ORG acts for another organization
? 5
> {
> GET /v5/domain/domains/example-corp.com -> 404
> GET /v5/livedns/domains/example-corp.com/records?per_page=100&page=1 -> 404
> GET /v5/organization/organizations?per_page=100&page=1 -> 403
> }
