# Values print so that two never look like one (issue 15): two TXT values are listed with
# ", " between them, while one value holding ", " is quoted. A value of one field set split
# across arguments (MX 10 mail.example.com) is refused with the quoted form to write.
emu
token all

$ gandi dns add example.com TXT foo hello world
! add TXT foo in example.com: hello, world (TTL 300)
> GET /v5/livedns/domains/example.com/records/foo/TXT -> 404
> POST /v5/livedns/domains/example.com/records/foo/TXT -> 201
>   content-type: application/json
>   body: {"rrset_values":["\"hello\"","\"world\""],"rrset_ttl":300}
> GET /tokeninfo -> 200

$ gandi dns add example.com TXT foo2 'hello, world'
! add TXT foo2 in example.com: "hello, world" (TTL 300)
> GET /v5/livedns/domains/example.com/records/foo2/TXT -> 404
> POST /v5/livedns/domains/example.com/records/foo2/TXT -> 201
>   content-type: application/json
>   body: {"rrset_values":["\"hello, world\""],"rrset_ttl":300}

$ gandi dns list example.com --name foo
| NAME  TYPE  TTL  VALUE
| foo   TXT   300  hello
| foo   TXT   300  world
> GET /v5/livedns/domains/example.com/records/foo -> 200

$ gandi dns list example.com --name foo2
| NAME  TYPE  TTL  VALUE
| foo2  TXT   300  "hello, world"
> GET /v5/livedns/domains/example.com/records/foo2 -> 200

$ gandi dns add example.com MX m 10 mail.example.com
! gandi: MX takes one value, given here in 2 arguments ('10' 'mail.example.com')
! hint: quote it: '10 mail.example.com.'
? 2

$ gandi dns set example.com SRV _sip._tcp 0 5 5060 sip.example.com.
! gandi: SRV takes one value, given here in 4 arguments ('0' '5' '5060' 'sip.example.com.')
! hint: quote it: '0 5 5060 sip.example.com.'
? 2
