# The zone parser reports every error of a file in one run (issue 15), not only the first:
# each line's, past parentheses, without cascades; after 20, how many more. Nothing sent.
emu
token all

file three.zone <<EOF
$ORIGIN example.com.
www 300 IN A 192.0.2.300
txt 300 IN TXT "unterminated
mx 300 IN MX ( 10
   mail.example.com. extra )
ok 300 IN A 192.0.2.1
EOF

$ gandi dns sync example.com three.zone --dry-run
! gandi: 3 errors in 'three.zone'
!   'three.zone' line 2, column 14: invalid A address '192.0.2.300': expected an IPv4 address such as 192.0.2.1
!   'three.zone' line 3, column 16: unterminated quoted string
!   'three.zone' line 5, column 22: MX takes 2 fields (preference, exchange), found 3
? 2

file many.zone <<EOF
h0 300 IN A 192.0.2.300
h1 300 IN A 192.0.2.301
h2 300 IN A 192.0.2.302
h3 300 IN A 192.0.2.303
h4 300 IN A 192.0.2.304
h5 300 IN A 192.0.2.305
h6 300 IN A 192.0.2.306
h7 300 IN A 192.0.2.307
h8 300 IN A 192.0.2.308
h9 300 IN A 192.0.2.309
h10 300 IN A 192.0.2.310
h11 300 IN A 192.0.2.311
h12 300 IN A 192.0.2.312
h13 300 IN A 192.0.2.313
h14 300 IN A 192.0.2.314
h15 300 IN A 192.0.2.315
h16 300 IN A 192.0.2.316
h17 300 IN A 192.0.2.317
h18 300 IN A 192.0.2.318
h19 300 IN A 192.0.2.319
h20 300 IN A 192.0.2.320
h21 300 IN A 192.0.2.321
h22 300 IN A 192.0.2.322
EOF

$ gandi dns sync example.com many.zone --yes
! gandi: 23 errors in 'many.zone'
!   'many.zone' line 1, column 13: invalid A address '192.0.2.300': expected an IPv4 address such as 192.0.2.1
!   'many.zone' line 2, column 13: invalid A address '192.0.2.301': expected an IPv4 address such as 192.0.2.1
!   'many.zone' line 3, column 13: invalid A address '192.0.2.302': expected an IPv4 address such as 192.0.2.1
!   'many.zone' line 4, column 13: invalid A address '192.0.2.303': expected an IPv4 address such as 192.0.2.1
!   'many.zone' line 5, column 13: invalid A address '192.0.2.304': expected an IPv4 address such as 192.0.2.1
!   'many.zone' line 6, column 13: invalid A address '192.0.2.305': expected an IPv4 address such as 192.0.2.1
!   'many.zone' line 7, column 13: invalid A address '192.0.2.306': expected an IPv4 address such as 192.0.2.1
!   'many.zone' line 8, column 13: invalid A address '192.0.2.307': expected an IPv4 address such as 192.0.2.1
!   'many.zone' line 9, column 13: invalid A address '192.0.2.308': expected an IPv4 address such as 192.0.2.1
!   'many.zone' line 10, column 13: invalid A address '192.0.2.309': expected an IPv4 address such as 192.0.2.1
!   'many.zone' line 11, column 14: invalid A address '192.0.2.310': expected an IPv4 address such as 192.0.2.1
!   'many.zone' line 12, column 14: invalid A address '192.0.2.311': expected an IPv4 address such as 192.0.2.1
!   'many.zone' line 13, column 14: invalid A address '192.0.2.312': expected an IPv4 address such as 192.0.2.1
!   'many.zone' line 14, column 14: invalid A address '192.0.2.313': expected an IPv4 address such as 192.0.2.1
!   'many.zone' line 15, column 14: invalid A address '192.0.2.314': expected an IPv4 address such as 192.0.2.1
!   'many.zone' line 16, column 14: invalid A address '192.0.2.315': expected an IPv4 address such as 192.0.2.1
!   'many.zone' line 17, column 14: invalid A address '192.0.2.316': expected an IPv4 address such as 192.0.2.1
!   'many.zone' line 18, column 14: invalid A address '192.0.2.317': expected an IPv4 address such as 192.0.2.1
!   'many.zone' line 19, column 14: invalid A address '192.0.2.318': expected an IPv4 address such as 192.0.2.1
!   'many.zone' line 20, column 14: invalid A address '192.0.2.319': expected an IPv4 address such as 192.0.2.1
!   ... and 3 more
? 2
