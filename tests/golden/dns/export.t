# dns export: the zone as BIND text (Accept: text/plain), on stdout or into a file
# written whole (no temporary file left); a file that cannot be written is exit 1.
emu
token all

$ gandi dns export example.com
| $ORIGIN example.com.
| $TTL 10800
| @ 10800 IN SOA ns1.gandi.net. hostmaster.gandi.net. %EPOCH(-20d) 10800 3600 604800 10800
| @ 1800 IN A 192.0.2.10
| @ 1800 IN AAAA 2001:db8::10
| @ 10800 IN CAA 0 issue "letsencrypt.org"
| @ 10800 IN MX 10 spool.mail.gandi.net.
| @ 10800 IN MX 50 fb.mail.gandi.net.
| @ 10800 IN TXT "v=spf1 include:_mailcust.gandi.net ?all"
| api 300 IN A 192.0.2.20
| api 300 IN A 192.0.2.21
| blog 10800 IN CNAME webredir.vip.gandi.net.
| webmail 10800 IN CNAME webmail.gandi.net.
| www 10800 IN CNAME example.com.
| _dmarc 10800 IN TXT "v=DMARC1; p=none"
| _imaps._tcp 10800 IN SRV 0 1 993 mail.gandi.net.
> {
> GET /tokeninfo -> 200
> GET /v5/livedns/domains/example.com/records -> 200
>   accept: text/plain
> }

$ mkdir out

$ gandi dns export example.com -o out/zone.txt
! zone of example.com written to out/zone.txt
> GET /v5/livedns/domains/example.com/records -> 200
>   accept: text/plain

$ cat out/zone.txt
| $ORIGIN example.com.
| $TTL 10800
| @ 10800 IN SOA ns1.gandi.net. hostmaster.gandi.net. %EPOCH(-20d) 10800 3600 604800 10800
| @ 1800 IN A 192.0.2.10
| @ 1800 IN AAAA 2001:db8::10
| @ 10800 IN CAA 0 issue "letsencrypt.org"
| @ 10800 IN MX 10 spool.mail.gandi.net.
| @ 10800 IN MX 50 fb.mail.gandi.net.
| @ 10800 IN TXT "v=spf1 include:_mailcust.gandi.net ?all"
| api 300 IN A 192.0.2.20
| api 300 IN A 192.0.2.21
| blog 10800 IN CNAME webredir.vip.gandi.net.
| webmail 10800 IN CNAME webmail.gandi.net.
| www 10800 IN CNAME example.com.
| _dmarc 10800 IN TXT "v=DMARC1; p=none"
| _imaps._tcp 10800 IN SRV 0 1 993 mail.gandi.net.

$ ls -A out
| zone.txt

$ gandi dns export example.com -o /nonexistent/dir/z
! gandi: cannot write '/nonexistent/dir/z': No such file or directory
? 1
> GET /v5/livedns/domains/example.com/records -> 200
>   accept: text/plain
