# The values gandi(1) promises to check are refused before any request (exit 2): hex
# digests of the right length, host names where an address is given, SVCB keys,
# iodef URLs; digests are sent in lower case (issue 15).
emu
token all

$ gandi dns set example.com SSHFP @ '1 1 zz'
! gandi: invalid SSHFP fingerprint 'zz': expected hex digits (0-9, a-f)
? 2

$ gandi dns set example.com TLSA _443._tcp '3 1 1 abcd'
! gandi: invalid TLSA certificate data 'abcd': a SHA-256 digest (matching type 1) is 64 hex digits, found 4
? 2

$ gandi dns set example.com DS sub '12345 13 2 abcd'
! gandi: invalid DS digest 'abcd': a SHA-256 digest (digest type 2) is 64 hex digits, found 4
? 2

$ gandi dns set example.com MX @ '10 10.0.0.1'
! gandi: invalid MX exchange '10.0.0.1': an IP address, where MX needs a host name
! hint: write the name of a host that has this address (in its A or AAAA record), such as '10 mail.example.com.'
? 2

$ gandi dns set example.com CNAME www2 10.0.0.1
! gandi: invalid CNAME target '10.0.0.1': an IP address, where CNAME needs a host name
! hint: to point a name at an address, give it an A or AAAA record instead of CNAME
? 2

$ gandi dns set example.com NS sub 192.0.2.53.
! gandi: invalid NS name server '192.0.2.53.': an IP address, where NS needs a host name
! hint: write the name of a host that has this address (in its A or AAAA record), such as 'ns1.example.net.'
? 2

$ gandi dns set example.com HTTPS @ '1 . mandatory=port alpn=h2'
! gandi: invalid HTTPS parameter 'mandatory=port': it lists a key that the record does not give
? 2

$ gandi dns set example.com CAA @ '0 iodef ftp://example.com/'
! gandi: invalid CAA value 'ftp://example.com/': an iodef URL starts with mailto:, http:// or https://
? 2

$ gandi dns set example.com SSHFP @ '4 2 A9CDF989B504FE5DCA90C0D2167B6550570734F7C763E09FDF88904E06157065'
! set SSHFP @ in example.com: 4 2 a9cdf989b504fe5dca90c0d2167b6550570734f7c763e09fdf88904e06157065 (TTL 10800)
> GET /v5/livedns/domains/example.com/records/%40/SSHFP -> 404
> PUT /v5/livedns/domains/example.com/records/%40/SSHFP -> 201
>   content-type: application/json
>   body: {"rrset_values":["4 2 a9cdf989b504fe5dca90c0d2167b6550570734f7c763e09fdf88904e06157065"],"rrset_ttl":10800}
> GET /tokeninfo -> 200

$ api GET /v5/livedns/domains/example.com/records/@/SSHFP .rrset_values
| HTTP 200
| .rrset_values = ["4 2 a9cdf989b504fe5dca90c0d2167b6550570734f7c763e09fdf88904e06157065"]

$ gandi dns set example.com TLSA _443._tcp '3 1 1 A9CDF989B504FE5DCA90C0D2167B6550570734F7C763E09FDF88904E06157065'
! set TLSA _443._tcp in example.com: 3 1 1 a9cdf989b504fe5dca90c0d2167b6550570734f7c763e09fdf88904e06157065 (TTL 10800)
> GET /v5/livedns/domains/example.com/records/_443._tcp/TLSA -> 404
> PUT /v5/livedns/domains/example.com/records/_443._tcp/TLSA -> 201
>   content-type: application/json
>   body: {"rrset_values":["3 1 1 a9cdf989b504fe5dca90c0d2167b6550570734f7c763e09fdf88904e06157065"],"rrset_ttl":10800}

$ api GET /v5/livedns/domains/example.com/records/_443._tcp/TLSA .rrset_values
| HTTP 200
| .rrset_values = ["3 1 1 a9cdf989b504fe5dca90c0d2167b6550570734f7c763e09fdf88904e06157065"]
