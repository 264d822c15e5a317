# A CNAME replacing an A at the same name: the A is deleted first, then the CNAME put.
emu
token all

$ gandi dns export example.com -o zone.txt
! zone of example.com written to zone.txt
> {
> GET /tokeninfo -> 200
> GET /v5/livedns/domains/example.com/records -> 200
>   accept: text/plain
> }

$ sh -c "grep -v '^api ' zone.txt > cname.txt && echo 'api 300 IN CNAME example.net.' >> cname.txt"

$ gandi dns sync example.com cname.txt --yes
| remove api A, TTL 300
|     - 192.0.2.20
|     - 192.0.2.21
| add    api CNAME, TTL 300
|     + example.net.
| example.com: 1 to add, 1 to remove; 10 unchanged
! snapshot %UUID(1) taken before the changes (to undo them: gandi dns snapshot restore example.com %UUID(1))
! done: 2 changes in 2 requests; example.com now matches 'cname.txt'
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200
> POST /v5/livedns/domains/example.com/snapshots -> 201
>   content-type: application/json
>   body: {"name":"gandi dns sync: before applying cname.txt"}
> DELETE /v5/livedns/domains/example.com/records/api/A -> 204
> PUT /v5/livedns/domains/example.com/records/api/CNAME -> 201
>   content-type: application/json
>   body: {"rrset_values":["example.net."],"rrset_ttl":300}
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200

$ api GET /v5/livedns/domains/example.com/records/api/CNAME
| HTTP 200
| {"rrset_type": "CNAME", "rrset_ttl": 300, "rrset_name": "api", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/api/CNAME", "rrset_values": ["example.net."]}
