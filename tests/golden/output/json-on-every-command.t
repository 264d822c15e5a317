# --json on every command that prints data: dns export --json prints the zone as
# records (TXT with rrset_texts beside LiveDNS's quoted values); dns get too. The
# commands that print text JSON cannot carry refuse it, and send nothing.
emu
token all

$ gandi dns export example.com --json --jq '[.[] | select(.rrset_type == "TXT")]'
| [
|   {
|     "rrset_type": "TXT",
|     "rrset_ttl": 10800,
|     "rrset_name": "@",
|     "rrset_href": "%EMU/v5/livedns/domains/example.com/records/%40/TXT",
|     "rrset_values": [
|       "\"v=spf1 include:_mailcust.gandi.net ?all\""
|     ],
|     "rrset_texts": [
|       "v=spf1 include:_mailcust.gandi.net ?all"
|     ]
|   },
|   {
|     "rrset_type": "TXT",
|     "rrset_ttl": 10800,
|     "rrset_name": "_dmarc",
|     "rrset_href": "%EMU/v5/livedns/domains/example.com/records/_dmarc/TXT",
|     "rrset_values": [
|       "\"v=DMARC1; p=none\""
|     ],
|     "rrset_texts": [
|       "v=DMARC1; p=none"
|     ]
|   }
| ]
> {
> GET /tokeninfo -> 200
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200
> }

$ gandi dns get example.com TXT _dmarc --json
| {
|   "rrset_type": "TXT",
|   "rrset_ttl": 10800,
|   "rrset_name": "_dmarc",
|   "rrset_href": "%EMU/v5/livedns/domains/example.com/records/_dmarc/TXT",
|   "rrset_values": [
|     "\"v=DMARC1; p=none\""
|   ],
|   "rrset_texts": [
|     "v=DMARC1; p=none"
|   ]
| }
> GET /v5/livedns/domains/example.com/records/_dmarc/TXT -> 200

$ gandi completion bash --json
! {"error":"'gandi completion' has no JSON output","kind":"usage","exit_code":2,"detail":"it prints text only; run it without --json\n"}
? 2

$ gandi help dns --json
! {"error":"'gandi help' has no JSON output","kind":"usage","exit_code":2,"detail":"it prints text only; run it without --json\n"}
? 2

$ gandi browse --json
! {"error":"'gandi browse' has no JSON output","kind":"usage","exit_code":2,"detail":"it prints text only; run it without --json\n"}
? 2
