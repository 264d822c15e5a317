# Files that cannot be applied are refused before any request (exit 2), naming the
# file, line or item: syntax, TTL, JSON syntax and shape, values, duplicates, types,
# LiveDNS's rules (CNAME at the apex, beside others, ALIAS off the apex), outside names,
# and a file that does not exist.
emu
token all
file syntax.txt <<EOF
www 300 IN A 192.0.2.1
bad 300 IN A "unterminated
EOF
file ttl.txt <<EOF
www 60 IN A 192.0.2.1
ok 300 IN A 192.0.2.2
EOF
file bad.json <<EOF
[{"rrset_name": "www",}]
EOF
file shape.json <<EOF
{"records": []}
EOF
file value.json <<EOF
[{"rrset_name": "www", "rrset_type": "A", "rrset_ttl": 300, "rrset_values": ["192.0.2"]}]
EOF
file dup.json <<EOF
[{"rrset_name": "www", "rrset_type": "A", "rrset_values": ["192.0.2.1"]}, {"rrset_name": "WWW", "rrset_type": "A", "rrset_values": ["192.0.2.2"]}]
EOF
file type.json <<EOF
[{"rrset_name": "www", "rrset_type": "HINFO", "rrset_values": ["x"]}]
EOF
file rules.txt <<EOF
@ CNAME x.example.net.
www A 192.0.2.1
WWW CNAME y.example.net.
sub ALIAS z.example.net.
EOF
file outside.json <<EOF
[{"rrset_name": "www.example.net.", "rrset_type": "A", "rrset_values": ["192.0.2.1"]}]
EOF

$ gandi dns sync example.com syntax.txt --yes
! gandi: 'syntax.txt' line 2, column 14: unterminated quoted string
? 2

$ gandi dns sync example.com ttl.txt --yes
! gandi: 1 RRset in 'ttl.txt' has a TTL that LiveDNS does not accept
!   line 1: www A has TTL 60
! hint: LiveDNS accepts 300 (5 minutes) to 2592000 (30 days) seconds; change the TTLs in the file ($TTL sets the default of the lines after it)
? 2

$ gandi dns sync example.com bad.json --yes
! gandi: 'bad.json' line 1, column 23: string or '}' expected near '}'
! it starts with '[' or '{', so it was read as JSON (what 'gandi dns list --json' prints); a BIND zone file starts otherwise
? 2

$ gandi dns sync example.com shape.json --yes
! gandi: 'shape.json' is JSON but not an array of RRsets
! gandi reads what 'gandi dns list DOMAIN --json' prints: [{"rrset_name": "www", "rrset_type": "A", "rrset_ttl": 300, "rrset_values": ["192.0.2.1"]}, ...]
? 2

$ gandi dns sync example.com value.json --yes
! gandi: 'value.json' item 1 (www A): invalid A address '192.0.2': expected an IPv4 address such as 192.0.2.1
? 2

$ gandi dns sync example.com dup.json --yes
! gandi: 'dup.json' gives the RRset www A twice (items 1 and 2)
! hint: put all the values of an RRset in one item
? 2

$ gandi dns sync example.com type.json --yes
! gandi: 1 record in 'type.json' cannot be held by LiveDNS
!   item 1: www HINFO: type not accepted by LiveDNS
! hint: remove it from the file, or add --skip-unsupported to leave it out (nothing is sent until then)
? 2

$ gandi dns sync example.com rules.txt --yes
! gandi: 'rules.txt' holds 3 records that LiveDNS refuses
!   line 1: a CNAME cannot be at the apex (@); LiveDNS has ALIAS for that
!   line 4: ALIAS sub: an ALIAS can only be at the apex (@)
!   line 3: WWW CNAME: a CNAME must be alone at its name (line 2 gives www A)
? 2

$ gandi dns sync example.com outside.json --yes
! gandi: 'outside.json' item 1: 'www.example.net.' is outside the zone example.com
! hint: write names relative to the zone (www, @ for the apex) or in full (www.example.com)
? 2

$ gandi dns sync example.com %TMP/missing.txt
! gandi: cannot read '%TMP/missing.txt': No such file or directory
? 2
