# Plain http:// (to this machine) never goes through a proxy, where the token would be
# in clear: with http_proxy, all_proxy or ALL_PROXY naming a port where nothing
# listens, the listing still works.
emu
token all
env -no_proxy
env -NO_PROXY

$ http_proxy=http://127.0.0.1:9 gandi domain list --plain --no-header
| example.com	%DATE(+400d)	on	clientTransferProhibited	livedns
| example.net	%DATE(+20d)	off	ok	livedns
| example.org	%DATE(+45d)	on	clientTransferProhibited	other
> {
> GET /tokeninfo -> 200
> GET /v5/domain/domains?sort_by=fqdn&per_page=100&page=1 -> 200
> }

$ all_proxy=http://127.0.0.1:9 gandi domain list --plain --no-header
| example.com	%DATE(+400d)	on	clientTransferProhibited	livedns
| example.net	%DATE(+20d)	off	ok	livedns
| example.org	%DATE(+45d)	on	clientTransferProhibited	other
> GET /v5/domain/domains?sort_by=fqdn&per_page=100&page=1 -> 200

$ ALL_PROXY=http://127.0.0.1:9 gandi domain list --plain --no-header
| example.com	%DATE(+400d)	on	clientTransferProhibited	livedns
| example.net	%DATE(+20d)	off	ok	livedns
| example.org	%DATE(+45d)	on	clientTransferProhibited	other
> GET /v5/domain/domains?sort_by=fqdn&per_page=100&page=1 -> 200
