# dns wait asks the nameservers directly and exits 0 once each serves what is wanted:
# values present, values absent (--absent VALUE), the RRset gone (--absent alone), or
# with no VALUE the RRset exactly as the API holds it. Nothing is asked of the API when
# the nameservers and the values are given.
emu --dns 127.0.0.1:0
token all

$ gandi dns wait example.com A api 192.0.2.20 --nameserver %DNS
! served: A api in example.com: 192.0.2.20 (1 nameserver, %MS ms)
> GET /tokeninfo -> 200

$ gandi dns wait example.com A api 192.0.2.21 192.0.2.20 --nameserver %DNS --json
| {
|   "ok": true,
|   "command": "dns wait",
|   "changed": true,
|   "dry_run": false,
|   "domain": "example.com",
|   "name": "api",
|   "type": "A",
|   "wanted": "present",
|   "values": [
|     "192.0.2.21",
|     "192.0.2.20"
|   ],
|   "nameservers": 1,
|   "waited_ms": %MS
| }

$ gandi dns wait example.com AAAA @ 2001:0DB8:0:0::10 --nameserver %DNS
! served: AAAA @ in example.com: 2001:db8::10 (1 nameserver, %MS ms)

$ gandi dns wait example.com TXT @ "v=spf1 include:_mailcust.gandi.net ?all" --nameserver %DNS
! served: TXT @ in example.com: v=spf1 include:_mailcust.gandi.net ?all (1 nameserver, %MS ms)

$ gandi dns wait example.com MX @ "10 spool.mail.gandi.net." --nameserver %DNS
! served: MX @ in example.com: 10 spool.mail.gandi.net. (1 nameserver, %MS ms)

$ gandi dns wait example.com A api 192.0.2.99 --absent --nameserver %DNS
! served: A api in example.com without 192.0.2.99 (1 nameserver, %MS ms)

$ gandi dns wait example.com TXT nothing-here --absent --nameserver %DNS
! served: TXT nothing-here in example.com is gone (1 nameserver, %MS ms)

$ gandi dns wait example.com A api --nameserver %DNS
! served: A api in example.com exactly: 192.0.2.20, 192.0.2.21 (1 nameserver, %MS ms)
> GET /v5/livedns/domains/example.com/records/api/A -> 200

$ gandi dns wait example.com CNAME www example.com. --nameserver %DNS
! served: CNAME www in example.com: example.com. (1 nameserver, %MS ms)
