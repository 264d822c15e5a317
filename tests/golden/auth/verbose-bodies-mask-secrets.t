# -vv shows request and response bodies, secrets masked: the token wherever it appears,
# and a secret gandi has not seen yet, as a renewed token in token renew's answer, to
# its last 4 characters (the new token, read from the file it went to, is nowhere in the
# trace).
emu
file home/.config/gandi/config.toml 0600 <<EOF
api_key = "%TOKEN(expiring)"
EOF
token none

$ sh -c '%GANDI -vv dns set example.com TXT vv hello 2>&1 | grep -e "body:" | grep -v pat_name'
| gandi: < body: {"code": 404, "message": "Can't find the DNS record vv/TXT in the zone", "object": "dns-record", "cause": "Not Found"}
| gandi: > body: {"rrset_values":["\"hello\""],"rrset_ttl":10800}
| gandi: < body: {"message":"DNS Record Created"}
> GET /v5/livedns/domains/example.com/records/vv/TXT -> 404
>   authorization: Bearer ...5005
> PUT /v5/livedns/domains/example.com/records/vv/TXT -> 201
>   authorization: Bearer ...5005
>   content-type: application/json
>   body: {"rrset_values":["\"hello\""],"rrset_ttl":10800}
> GET /tokeninfo -> 200
>   authorization: Bearer ...5005

$ sh -c '%GANDI -vv token renew 2>trace >/dev/null; grep -o "access_token[^,]*" trace | sed "s/[0-9a-f]\{4\}.$/LAST4/"; new=$(sed -n "s/^api_key = .\(.*\).$/\1/p" %HOME/.config/gandi/config.toml); echo "new token: ${#new} characters"; grep -c -F "$new" trace'
| access_token":"************************************LAST4
| new token: 40 characters
| 0
? 1
> POST /v5/organization/access-tokens -> 201
>   authorization: Bearer ...5005
>   content-type: application/json
>   body: {}
