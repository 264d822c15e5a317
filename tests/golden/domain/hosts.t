# domain hosts: glue records. list (one row per address), add NAME --ip ADDR... (IPv4
# and IPv6, names relative or in full, everything checked before anything is sent; an
# existing name is not added twice), set (addresses compared by value: the same ones send
# nothing), delete; --dry-run sends no write. None of these hosts is a nameserver of the
# domain, so nothing asks.
emu
token all

$ gandi domain hosts list example.net
| NAME  ADDRESS
| ns1   198.51.100.53
| ns1   2001:db8:0:0:0:0:0:53
| ns2   203.0.113.53
> {
> GET /tokeninfo -> 200
> GET /v5/domain/domains/example.net/hosts?per_page=100&page=1 -> 200
> }

$ gandi domain hosts list example.net --json
| [
|   {
|     "ips": [
|       "198.51.100.53",
|       "2001:db8:0:0:0:0:0:53"
|     ],
|     "name": "ns1",
|     "fqdn": "example.net",
|     "href": "%EMU/v5/domain/domains/example.net/hosts/ns1",
|     "fqdn_unicode": "example.net"
|   },
|   {
|     "ips": [
|       "203.0.113.53"
|     ],
|     "name": "ns2",
|     "fqdn": "example.net",
|     "href": "%EMU/v5/domain/domains/example.net/hosts/ns2",
|     "fqdn_unicode": "example.net"
|   }
| ]
> GET /v5/domain/domains/example.net/hosts?per_page=100&page=1 -> 200

$ gandi domain hosts add example.net ns3 --ip 192.0.2.3 2001:DB8::3 192.0.2.3
! added the glue record ns3.example.net: 192.0.2.3, 2001:db8::3
! the registry publishes it in the background: 'gandi domain hosts list example.net' shows it
> GET /v5/domain/domains/example.net/hosts/ns3 -> 404
> POST /v5/domain/domains/example.net/hosts -> 202
>   content-type: application/json
>   body: {"name":"ns3","ips":["192.0.2.3","2001:db8::3"]}

$ api GET /v5/domain/domains/example.net/hosts/ns3 .ips
| HTTP 200
| .ips = ["192.0.2.3", "2001:db8::3"]

$ gandi domain hosts add example.net ns4.example.net. --ip 192.0.2.4 --dry-run --json
| {
|   "ok": true,
|   "command": "domain hosts add",
|   "changed": false,
|   "dry_run": true,
|   "domain": "example.net",
|   "name": "ns4",
|   "ips": [
|     "192.0.2.4"
|   ]
| }
> GET /v5/domain/domains/example.net/hosts/ns4 -> 404

$ gandi domain hosts add example.net ns3 --ip 192.0.2.33
! gandi: ns3.example.net has a glue record already (192.0.2.3, 2001:db8::3)
! hint: change its addresses with: gandi domain hosts set example.net ns3 --ip 192.0.2.33
? 1
> GET /v5/domain/domains/example.net/hosts/ns3 -> 200

$ gandi domain hosts add example.net ns4 192.0.2.4
! gandi: the addresses follow --ip: gandi domain hosts add example.net ns4 --ip ADDR...
? 2

$ gandi domain hosts add example.net ns4 --ip
! gandi: a glue record needs at least one address after --ip
? 2

$ gandi domain hosts add example.net ns4 --ip 192.0.2.256
! gandi: '192.0.2.256' is not an IPv4 or IPv6 address
? 2

$ gandi domain hosts add example.net ns4.example.org --ip 192.0.2.4
! gandi: 'ns4.example.org' is not inside example.net: a glue record is for a name server named inside the domain
! hint: write the host relative to the domain (ns1) or in full (ns1.example.net)
? 2

$ gandi domain hosts add example.net ns_4 --ip 192.0.2.4
! gandi: 'ns_4' is not a host name: letters, digits and hyphens only
? 2

$ gandi domain hosts set example.net ns1 --ip 2001:db8::53 198.51.100.53
! the glue record ns1.example.net has these addresses already (198.51.100.53, 2001:db8:0:0:0:0:0:53): nothing to do
> GET /v5/domain/domains/example.net/hosts/ns1 -> 200

$ gandi domain hosts set example.net ns1 --ip 198.51.100.54 --dry-run
! dry run: would change the glue record ns1.example.net: 198.51.100.53, 2001:db8:0:0:0:0:0:53 -> 198.51.100.54; nothing was sent
> GET /v5/domain/domains/example.net/hosts/ns1 -> 200

$ gandi domain hosts set example.net ns1 --ip 198.51.100.54 2001:db8::54
! changed the glue record ns1.example.net: 198.51.100.53, 2001:db8:0:0:0:0:0:53 -> 198.51.100.54, 2001:db8::54
> {
> GET /v5/domain/domains/example.net/hosts/ns1 -> 200
> GET /v5/domain/domains/example.net/nameservers -> 200
> }
> PUT /v5/domain/domains/example.net/hosts/ns1 -> 202
>   content-type: application/json
>   body: {"ips":["198.51.100.54","2001:db8::54"]}

$ api GET /v5/domain/domains/example.net/hosts/ns1 .ips
| HTTP 200
| .ips = ["198.51.100.54", "2001:db8::54"]

$ gandi domain hosts set example.net ns9 --ip 192.0.2.9
! gandi: example.net has no glue record ns9
! hint: add it with: gandi domain hosts add example.net ns9 --ip 192.0.2.9
? 5
> GET /v5/domain/domains/example.net/hosts/ns9 -> 404

$ gandi domain hosts delete example.net ns3 --dry-run
! dry run: would delete the glue record ns3.example.net (192.0.2.3, 2001:db8::3); nothing was sent
> {
> GET /v5/domain/domains/example.net/hosts/ns3 -> 200
> GET /v5/domain/domains/example.net/nameservers -> 200
> }

$ gandi domain hosts delete example.net ns3 --json
| {
|   "ok": true,
|   "command": "domain hosts delete",
|   "changed": true,
|   "dry_run": false,
|   "domain": "example.net",
|   "name": "ns3",
|   "ips": [
|     "192.0.2.3",
|     "2001:db8::3"
|   ],
|   "in_use": false
| }
> {
> GET /v5/domain/domains/example.net/hosts/ns3 -> 200
> GET /v5/domain/domains/example.net/nameservers -> 200
> }
> DELETE /v5/domain/domains/example.net/hosts/ns3 -> 202

$ api GET /v5/domain/domains/example.net/hosts/ns3
| HTTP 404
| {"code": 404, "message": "Can't find the host ns3 of the domain", "object": "host", "cause": "Not Found"}

$ gandi domain hosts delete example.net ns3
! gandi: example.net has no glue record ns3
! hint: 'gandi domain hosts list example.net' lists them
? 5
> GET /v5/domain/domains/example.net/hosts/ns3 -> 404

token view
$ gandi domain hosts add example.net ns5 --ip 192.0.2.5
! Permission denied
!
! Gandi accepted the token ****5ee5 from the variable GANDI_API_KEY,
! but it does not allow 'gandi domain hosts add' (HTTP 403).
! Gandi said: Access was denied to this resource.
!
! The token lacks the permission:
!   Manage domain name technical configurations (domain:tech)
!
! To fix it: at https://admin.gandi.net, Account > Personal Access Tokens, edit the token
! or create one that has it, give it to gandi (gandi auth login),
! then check with 'gandi doctor'.
? 4
> GET /v5/domain/domains/example.net/hosts/ns5 -> 404
> POST /v5/domain/domains/example.net/hosts -> 403
>   content-type: application/json
>   body: {"name":"ns5","ips":["192.0.2.5"]}
