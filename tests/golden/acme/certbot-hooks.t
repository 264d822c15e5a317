# certbot's --manual-auth-hook and --manual-cleanup-hook: each challenge's value goes to
# _acme-challenge.CERTBOT_DOMAIN with TTL 300 (PATCH beside values already there, never a
# PUT), nothing printed. On the last challenge (CERTBOT_REMAINING_CHALLENGES=0) the hook
# waits until the nameservers serve every value Gandi holds at the names of
# CERTBOT_ALL_DOMAINS: here both values of example.com and *.example.com, the first one
# written by the earlier call. Cleanup removes only its own value, the RRset with the last.
emu --dns 127.0.0.1:0
token all
env GANDI_NAMESERVERS=%DNS
env CERTBOT_ALL_DOMAINS=example.com,example.com

$ CERTBOT_DOMAIN=example.com CERTBOT_VALIDATION=Z9dJnNjhV5ZaobCLWSsMXP-gmjhWF1kRqKY-PnqIU2U CERTBOT_REMAINING_CHALLENGES=1 gandi acme certbot-auth
> {
> GET /v5/livedns/domains/example.com -> 200
> GET /v5/livedns/domains/example.com/records/_acme-challenge/TXT -> 404
> }
> POST /v5/livedns/domains/example.com/records/_acme-challenge/TXT -> 201
>   content-type: application/json
>   body: {"rrset_values":["\"Z9dJnNjhV5ZaobCLWSsMXP-gmjhWF1kRqKY-PnqIU2U\""],"rrset_ttl":300}

$ CERTBOT_DOMAIN=example.com CERTBOT_VALIDATION=-DaSDkzYW0_73yXr4818_Y1usi2dAnpfVs_3mNMgrto CERTBOT_REMAINING_CHALLENGES=0 gandi acme certbot-auth
> {
> GET /v5/livedns/domains/example.com -> 200
> GET /v5/livedns/domains/example.com/records/_acme-challenge/TXT -> 200
> }
> PATCH /v5/livedns/domains/example.com/records/_acme-challenge/TXT -> 200
>   content-type: application/json
>   body: {"add_rrset_values":["\"-DaSDkzYW0_73yXr4818_Y1usi2dAnpfVs_3mNMgrto\""]}
> GET /v5/livedns/domains/example.com/records/_acme-challenge/TXT -> 200

$ api GET /v5/livedns/domains/example.com/records/_acme-challenge/TXT
| HTTP 200
| {"rrset_type": "TXT", "rrset_ttl": 300, "rrset_name": "_acme-challenge", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/_acme-challenge/TXT", "rrset_values": ["\"Z9dJnNjhV5ZaobCLWSsMXP-gmjhWF1kRqKY-PnqIU2U\"", "\"-DaSDkzYW0_73yXr4818_Y1usi2dAnpfVs_3mNMgrto\""]}

# certbot may run the hook again (a retried order): nothing changes
$ CERTBOT_DOMAIN=example.com CERTBOT_VALIDATION=-DaSDkzYW0_73yXr4818_Y1usi2dAnpfVs_3mNMgrto CERTBOT_REMAINING_CHALLENGES=0 gandi acme certbot-auth
> {
> GET /v5/livedns/domains/example.com -> 200
> GET /v5/livedns/domains/example.com/records/_acme-challenge/TXT -> 200
> GET /v5/livedns/domains/example.com/records/_acme-challenge/TXT -> 200
> }

$ CERTBOT_DOMAIN=example.com CERTBOT_VALIDATION=Z9dJnNjhV5ZaobCLWSsMXP-gmjhWF1kRqKY-PnqIU2U CERTBOT_REMAINING_CHALLENGES=1 gandi acme certbot-cleanup
> {
> GET /v5/livedns/domains/example.com -> 200
> GET /v5/livedns/domains/example.com/records/_acme-challenge/TXT -> 200
> }
> PATCH /v5/livedns/domains/example.com/records/_acme-challenge/TXT -> 200
>   content-type: application/json
>   body: {"remove_rrset_values":["\"Z9dJnNjhV5ZaobCLWSsMXP-gmjhWF1kRqKY-PnqIU2U\""]}

$ CERTBOT_DOMAIN=example.com CERTBOT_VALIDATION=-DaSDkzYW0_73yXr4818_Y1usi2dAnpfVs_3mNMgrto CERTBOT_REMAINING_CHALLENGES=0 gandi acme certbot-cleanup
> {
> GET /v5/livedns/domains/example.com -> 200
> GET /v5/livedns/domains/example.com/records/_acme-challenge/TXT -> 200
> }
> PATCH /v5/livedns/domains/example.com/records/_acme-challenge/TXT -> 200
>   content-type: application/json
>   body: {"remove_rrset_values":["\"-DaSDkzYW0_73yXr4818_Y1usi2dAnpfVs_3mNMgrto\""]}
> DELETE /v5/livedns/domains/example.com/records/_acme-challenge/TXT -> 404

$ CERTBOT_DOMAIN=example.com CERTBOT_VALIDATION=-DaSDkzYW0_73yXr4818_Y1usi2dAnpfVs_3mNMgrto CERTBOT_REMAINING_CHALLENGES=0 gandi acme certbot-cleanup
> {
> GET /v5/livedns/domains/example.com -> 200
> GET /v5/livedns/domains/example.com/records/_acme-challenge/TXT -> 404
> }

$ api GET /v5/livedns/domains/example.com/records/_acme-challenge/TXT
| HTTP 404
| {"code": 404, "message": "Can't find the DNS record _acme-challenge/TXT in the zone", "object": "dns-record", "cause": "Not Found"}
