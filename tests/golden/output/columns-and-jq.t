# Field selection: --columns picks and orders a table's columns (any case); --jq filters
# the JSON, strings printed raw; a bad column or expression is a usage error before
# anything is sent (the column: once the table is known).
emu
token all

$ gandi domain list --columns domain,expires
| DOMAIN       EXPIRES
| example.com  %DATE(+400d)
| example.net  %DATE(+20d)
| example.org  %DATE(+45d)
> {
> GET /tokeninfo -> 200
> GET /v5/domain/domains?sort_by=fqdn&per_page=100&page=1 -> 200
> }

$ gandi dns list example.com --type TXT --columns value,NAME --no-header
| v=spf1 include:_mailcust.gandi.net ?all  @
| v=DMARC1; p=none                         _dmarc
> GET /v5/livedns/domains/example.com/records?rrset_type=TXT&per_page=100&page=1 -> 200

$ gandi dns list example.com --columns nope
! gandi: --columns: no column 'nope'
! the columns are NAME,TYPE,TTL,VALUE
? 2
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200

$ gandi domain list --jq '.[].fqdn'
| example.com
| example.net
| example.org
> GET /v5/domain/domains?sort_by=fqdn&per_page=100&page=1 -> 200

$ gandi dns list example.com --jq '[.[] | select(.rrset_type == "TXT") | .rrset_texts[]]'
| [
|   "v=spf1 include:_mailcust.gandi.net ?all",
|   "v=DMARC1; p=none"
| ]
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200

$ gandi domain list --jq '.[] |'
! {"error":"--jq: cannot compile '.[] |'","kind":"usage","exit_code":2,"detail":"jq: error: syntax error, unexpected $end (Unix shell quoting issues?) at <top-level>, line 1:\n.[] |    \njq: 1 compile error\n"}
? 2

$ gandi domain list --jq '.[0].fqdn | tonumber'
! {"error":"--jq: Invalid numeric literal at EOF at line 1, column 11 (while parsing 'example.com')","kind":"jq","exit_code":1}
? 1
> GET /v5/domain/domains?sort_by=fqdn&per_page=100&page=1 -> 200
