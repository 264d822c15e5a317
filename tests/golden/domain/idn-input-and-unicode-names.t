# IDN: a domain or record name typed with U-labels is sent as its A-labels (libidn2:
# IDNA2008 with UTS #46, non-transitional; any case); people see fqdn_unicode, --json
# keeps Gandi's object; a name IDNA refuses is a usage error before any request.
seed idn.json <<EOF
domains += {"fqdn": "xn--bcher-kva.example", "id": "d0000000-0000-4000-8000-0000000000b1", "organization": "a11ce000-0000-4000-8000-000000000001", "owner": "Alice Example", "status": [], "dates": {"created_at": "-100d", "registry_created_at": "-100d", "registry_ends_at": "+200d", "updated_at": "-1d"}, "autorenew": false, "livedns": {"records": []}}
EOF
emu --seed %TMP/idn.json
token all

$ gandi domain info Bücher.example
| domain        bücher.example (xn--bcher-kva.example)
| status        -
| created       %DATE(-100d)
| expires       %DATE(+200d) (in 200 days)
| autorenew     off
| transfer lock off
| nameservers   ns-241-a.gandi.net, ns-12-b.gandi.net, ns-185-c.gandi.net
| services      gandilivedns
| organization  alice (user), id a11ce000-0000-4000-8000-000000000001
| owner         Alice Example
> {
> GET /tokeninfo -> 200
> GET /v5/domain/domains/xn--bcher-kva.example -> 200
> }

$ gandi domain list --columns domain
| DOMAIN
| example.com
| example.net
| example.org
| bücher.example
> GET /v5/domain/domains?sort_by=fqdn&per_page=100&page=1 -> 200

$ gandi domain info bücher.example --json --jq '[.fqdn, .fqdn_unicode]'
| [
|   "xn--bcher-kva.example",
|   "bücher.example"
| ]
> GET /v5/domain/domains/xn--bcher-kva.example -> 200

$ gandi dns set bücher.example A wéb 192.0.2.1
! set A xn--wb-bja in xn--bcher-kva.example: 192.0.2.1 (TTL 10800)
> GET /v5/livedns/domains/xn--bcher-kva.example/records/xn--wb-bja/A -> 404
> PUT /v5/livedns/domains/xn--bcher-kva.example/records/xn--wb-bja/A -> 201
>   content-type: application/json
>   body: {"rrset_values":["192.0.2.1"],"rrset_ttl":10800}

$ gandi dns list xn--bcher-kva.example
| NAME        TYPE  TTL    VALUE
| xn--wb-bja  A     10800  192.0.2.1
> GET /v5/livedns/domains/xn--bcher-kva.example/records?per_page=100&page=1 -> 200

$ gandi domain info 'a‌b.example'
! gandi: 'a‌b.example' is not a domain name: string contains a forbidden context-j character
? 2
