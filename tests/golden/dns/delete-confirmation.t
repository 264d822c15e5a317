# dns delete asks first: without a terminal it refuses (exit 2) unless --yes; on a
# terminal Enter means no. Deleting what is gone is exit 5.
emu
token all

$ gandi dns delete example.com CNAME www
! gandi: refusing to delete a record without confirmation: stdin is not a terminal
! hint: add --yes to confirm in scripts
? 2
> GET /v5/livedns/domains/example.com/records/www/CNAME -> 200

$ tty gandi dns delete example.com CNAME www <<EOF

EOF
|" "Delete the CNAME record www in example.com (example.com., TTL 10800)? [y/N] "
| gandi: declined: nothing was changed
? 8
> GET /v5/livedns/domains/example.com/records/www/CNAME -> 200

$ api GET /v5/livedns/domains/example.com/records/www/CNAME
| HTTP 200
| {"rrset_type": "CNAME", "rrset_ttl": 10800, "rrset_name": "www", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/www/CNAME", "rrset_values": ["example.com."]}

$ gandi dns delete example.com CNAME www --yes
! delete CNAME www in example.com: example.com. (TTL 10800)
> GET /v5/livedns/domains/example.com/records/www/CNAME -> 200
> DELETE /v5/livedns/domains/example.com/records/www/CNAME -> 204
> GET /tokeninfo -> 200

$ api GET /v5/livedns/domains/example.com/records/www/CNAME
| HTTP 404
| {"code": 404, "message": "Can't find the DNS record www/CNAME in the zone", "object": "dns-record", "cause": "Not Found"}

$ gandi dns delete example.com CNAME www --yes
! gandi: no CNAME record www in example.com
? 5
> GET /v5/livedns/domains/example.com/records/www/CNAME -> 404
