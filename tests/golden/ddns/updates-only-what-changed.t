# gandi ddns sets the A and AAAA RRsets of a name to the addresses given (TTL 300 unless
# --ttl), reading each first: addresses are compared by value, and an RRset that already
# holds them with that TTL gets no write. A family not given is left alone.
emu
token all

$ gandi ddns example.com home --ip 192.0.2.7 --ip 2001:0DB8:0:0::7
! changed: A home in example.com: 192.0.2.7 (TTL 300), a new RRset
! changed: AAAA home in example.com: 2001:db8::7 (TTL 300), a new RRset
> GET /v5/livedns/domains/example.com/records/home/A -> 404
> PUT /v5/livedns/domains/example.com/records/home/A -> 201
>   content-type: application/json
>   body: {"rrset_values":["192.0.2.7"],"rrset_ttl":300}
> GET /v5/livedns/domains/example.com/records/home/AAAA -> 404
> PUT /v5/livedns/domains/example.com/records/home/AAAA -> 201
>   content-type: application/json
>   body: {"rrset_values":["2001:db8::7"],"rrset_ttl":300}
> GET /tokeninfo -> 200

$ gandi ddns example.com home --ip 2001:db8::7 --ip 192.0.2.7 --ip 192.0.2.7
! unchanged: A home in example.com: 192.0.2.7 (TTL 300)
! unchanged: AAAA home in example.com: 2001:db8::7 (TTL 300)
> {
> GET /v5/livedns/domains/example.com/records/home/A -> 200
> GET /v5/livedns/domains/example.com/records/home/AAAA -> 200
> }

$ gandi ddns example.com home --ip 192.0.2.8 --json
| {
|   "ok": true,
|   "command": "ddns",
|   "changed": true,
|   "dry_run": false,
|   "domain": "example.com",
|   "name": "home",
|   "records": [
|     {
|       "type": "A",
|       "values": [
|         "192.0.2.8"
|       ],
|       "ttl": 300,
|       "changed": true,
|       "previous": [
|         "192.0.2.7"
|       ],
|       "previous_ttl": 300
|     }
|   ]
| }
> GET /v5/livedns/domains/example.com/records/home/A -> 200
> PUT /v5/livedns/domains/example.com/records/home/A -> 201
>   content-type: application/json
>   body: {"rrset_values":["192.0.2.8"],"rrset_ttl":300}

$ gandi ddns example.com home --ip 192.0.2.8 --ttl 600 --dry-run
! would change: A home in example.com: 192.0.2.8 (TTL 600), was 192.0.2.8 (TTL 300)
> GET /v5/livedns/domains/example.com/records/home/A -> 200

$ gandi ddns example.com home --ip 192.0.2.8 --ttl 600
! changed: A home in example.com: 192.0.2.8 (TTL 600), was 192.0.2.8 (TTL 300)
> GET /v5/livedns/domains/example.com/records/home/A -> 200
> PUT /v5/livedns/domains/example.com/records/home/A -> 201
>   content-type: application/json
>   body: {"rrset_values":["192.0.2.8"],"rrset_ttl":600}

$ gandi ddns example.com @ --ip 192.0.2.10 --ttl 1800 --json
| {
|   "ok": true,
|   "command": "ddns",
|   "changed": false,
|   "dry_run": false,
|   "domain": "example.com",
|   "name": "@",
|   "records": [
|     {
|       "type": "A",
|       "values": [
|         "192.0.2.10"
|       ],
|       "ttl": 1800,
|       "changed": false,
|       "previous": [
|         "192.0.2.10"
|       ],
|       "previous_ttl": 1800
|     }
|   ]
| }
> GET /v5/livedns/domains/example.com/records/%40/A -> 200

$ gandi dns list example.com --name home
| NAME  TYPE  TTL  VALUE
| home  A     600  192.0.2.8
| home  AAAA  300  2001:db8::7
> GET /v5/livedns/domains/example.com/records/home -> 200
