# An answer too big for UDP comes truncated (TC, no records): dns wait asks again over
# TCP (-v says so) and finds the value among the others.
emu --dns 127.0.0.1:0
token all

$ sh -c 'for i in $(seq 1 40); do printf "value-%02d-0123456789abcdef0123456789abcdef " $i; done' >values.txt

$ sh -c '%GANDI dns set example.com TXT big $(cat values.txt) >/dev/null'
> GET /v5/livedns/domains/example.com/records/big/TXT -> 404
> PUT /v5/livedns/domains/example.com/records/big/TXT -> 201
>   content-type: application/json
>   body: {"rrset_values":["\"value-01-0123456789abcdef0123456789abcdef\"","\"value-02-0123456789abcdef0123456789abcdef\"","\"value-03-0123456789abcdef0123456789abcdef\"","\"value-04-0123456789abcdef0123456789abcdef\"","\"value-05-0123456789abcdef0123456789abcdef\"","\"value-06-0123456789abcdef0123456789abcdef\"","\"value-07-0123456789abcdef0123456789abcdef\"","\"value-08-0123456789abcdef0123456789abcdef\"","\"value-09-0123456789abcdef0123456789abcdef\"","\"value-10-0123456789abcdef0123456789abcdef\"","\"value-11-0123456789abcdef0123456789abcdef\"","\"value-12-0123456789abcdef0123456789abcdef\"","\"value-13-0123456789abcdef0123456789abcdef\"","\"value-14-0123456789abcdef0123456789abcdef\"","\"value-15-0123456789abcdef0123456789abcdef\"","\"value-16-0123456789abcdef0123456789abcdef\"","\"value-17-0123456789abcdef0123456789abcdef\"","\"value-18-0123456789abcdef0123456789abcdef\"","\"value-19-0123456789abcdef0123456789abcdef\"","\"value-20-0123456789abcdef0123456789abcdef\"","\"value-21-0123456789abcdef0123456789abcdef\"","\"value-22-0123456789abcdef0123456789abcdef\"","\"value-23-0123456789abcdef0123456789abcdef\"","\"value-24-0123456789abcdef0123456789abcdef\"","\"value-25-0123456789abcdef0123456789abcdef\"","\"value-26-0123456789abcdef0123456789abcdef\"","\"value-27-0123456789abcdef0123456789abcdef\"","\"value-28-0123456789abcdef0123456789abcdef\"","\"value-29-0123456789abcdef0123456789abcdef\"","\"value-30-0123456789abcdef0123456789abcdef\"","\"value-31-0123456789abcdef0123456789abcdef\"","\"value-32-0123456789abcdef0123456789abcdef\"","\"value-33-0123456789abcdef0123456789abcdef\"","\"value-34-0123456789abcdef0123456789abcdef\"","\"value-35-0123456789abcdef0123456789abcdef\"","\"value-36-0123456789abcdef0123456789abcdef\"","\"value-37-0123456789abcdef0123456789abcdef\"","\"value-38-0123456789abcdef0123456789abcdef\"","\"value-39-0123456789abcdef0123456789abcdef\"","\"value-40-0123456789abcdef0123456789abcdef\""],"rrset_ttl":10800}
> GET /tokeninfo -> 200

$ gandi -v dns wait example.com TXT big value-33-0123456789abcdef0123456789abcdef --nameserver %DNS
| served: TXT big in example.com: value-33-0123456789abcdef0123456789abcdef (1 nameserver, %MS ms)
! gandi: dns wait: %DNS of example.com: 1 address
! gandi: dns %DNS TXT big.example.com at %DNS: as wanted in %MS ms (TCP after a truncated UDP answer)
