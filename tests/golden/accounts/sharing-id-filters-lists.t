# --sharing-id ORG lists that organization's domains (sent as sharing_id=).
emu
token legacy

$ gandi domain list --plain --no-header --sharing-id c0c00000-0000-4000-8000-000000000002
| example-corp.com	%DATE(+200d)	on	clientTransferProhibited	livedns
| example-corp.fr	%DATE(+90d)	off	ok	livedns
> GET /v5/domain/domains?sort_by=fqdn&sharing_id=c0c00000-0000-4000-8000-000000000002&per_page=100&page=1 -> 200

$ gandi domain list --plain --no-header
| example-corp.com	%DATE(+200d)	on	clientTransferProhibited	livedns
| example-corp.fr	%DATE(+90d)	off	ok	livedns
| example.com	%DATE(+400d)	on	clientTransferProhibited	livedns
| example.net	%DATE(+20d)	off	ok	livedns
| example.org	%DATE(+45d)	on	clientTransferProhibited	other
> GET /v5/domain/domains?sort_by=fqdn&per_page=100&page=1 -> 200
