# lego's exec provider: "present FQDN. VALUE" and "cleanup FQDN. VALUE" (the final dot
# of lego's FQDN accepted), and EXEC_MODE=RAW's "present -- DOMAIN TOKEN KEYAUTH", whose
# value is base64url(SHA-256(KEYAUTH)): tok57.thumbprint gives a value starting with '-'.
# present waits until the nameservers serve the value.
emu --dns 127.0.0.1:0
token all
env GANDI_NAMESERVERS=%DNS

$ gandi acme lego -- present _acme-challenge.www.example.com. Z9dJnNjhV5ZaobCLWSsMXP-gmjhWF1kRqKY-PnqIU2U
> {
> GET /v5/livedns/domains/example.com -> 200
> GET /v5/livedns/domains/example.com/records/_acme-challenge.www/TXT -> 404
> GET /v5/livedns/domains/www.example.com -> 404
> }
> POST /v5/livedns/domains/example.com/records/_acme-challenge.www/TXT -> 201
>   content-type: application/json
>   body: {"rrset_values":["\"Z9dJnNjhV5ZaobCLWSsMXP-gmjhWF1kRqKY-PnqIU2U\""],"rrset_ttl":300}

$ gandi acme lego -- present -- www.example.com. tok57 tok57.thumbprint
> {
> GET /v5/livedns/domains/example.com -> 200
> GET /v5/livedns/domains/example.com/records/_acme-challenge.www/TXT -> 200
> GET /v5/livedns/domains/www.example.com -> 404
> }
> PATCH /v5/livedns/domains/example.com/records/_acme-challenge.www/TXT -> 200
>   content-type: application/json
>   body: {"add_rrset_values":["\"-DaSDkzYW0_73yXr4818_Y1usi2dAnpfVs_3mNMgrto\""]}

$ api GET /v5/livedns/domains/example.com/records/_acme-challenge.www/TXT
| HTTP 200
| {"rrset_type": "TXT", "rrset_ttl": 300, "rrset_name": "_acme-challenge.www", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/_acme-challenge.www/TXT", "rrset_values": ["\"Z9dJnNjhV5ZaobCLWSsMXP-gmjhWF1kRqKY-PnqIU2U\"", "\"-DaSDkzYW0_73yXr4818_Y1usi2dAnpfVs_3mNMgrto\""]}

$ gandi acme lego -- cleanup -- www.example.com tok57 tok57.thumbprint
> {
> GET /v5/livedns/domains/example.com -> 200
> GET /v5/livedns/domains/example.com/records/_acme-challenge.www/TXT -> 200
> GET /v5/livedns/domains/www.example.com -> 404
> }
> PATCH /v5/livedns/domains/example.com/records/_acme-challenge.www/TXT -> 200
>   content-type: application/json
>   body: {"remove_rrset_values":["\"-DaSDkzYW0_73yXr4818_Y1usi2dAnpfVs_3mNMgrto\""]}

$ gandi acme lego -- cleanup _acme-challenge.www.example.com. Z9dJnNjhV5ZaobCLWSsMXP-gmjhWF1kRqKY-PnqIU2U
> {
> GET /v5/livedns/domains/example.com -> 200
> GET /v5/livedns/domains/example.com/records/_acme-challenge.www/TXT -> 200
> GET /v5/livedns/domains/www.example.com -> 404
> }
> PATCH /v5/livedns/domains/example.com/records/_acme-challenge.www/TXT -> 200
>   content-type: application/json
>   body: {"remove_rrset_values":["\"Z9dJnNjhV5ZaobCLWSsMXP-gmjhWF1kRqKY-PnqIU2U\""]}
> DELETE /v5/livedns/domains/example.com/records/_acme-challenge.www/TXT -> 404

$ api GET /v5/livedns/domains/example.com/records/_acme-challenge.www/TXT
| HTTP 404
| {"code": 404, "message": "Can't find the DNS record _acme-challenge.www/TXT in the zone", "object": "dns-record", "cause": "Not Found"}

$ gandi acme lego -- timeout
! gandi: 'timeout' is not a lego exec command: present or cleanup
? 2

$ gandi acme lego -- present _acme-challenge.www.example.com.
! gandi: lego's present gives FQDN VALUE, or -- DOMAIN TOKEN KEYAUTH with EXEC_MODE=RAW; got 1 argument
? 2

# the nameservers do not serve it in time: exit 7, in one line
$ GANDI_WAIT_TIMEOUT=0.5 GANDI_NAMESERVERS=127.0.0.1:1 gandi acme lego -- present _acme-challenge.example.com. Z9dJnNjhV5ZaobCLWSsMXP-gmjhWF1kRqKY-PnqIU2U
! gandi: timed out after 0.5 s: 1 of 1 nameserver does not serve Z9dJnNjhV5ZaobCLWSsMXP-gmjhWF1kRqKY-PnqIU2U in the TXT record _acme-challenge in example.com; 127.0.0.1:1: no reply (port unreachable) (hint: LiveDNS usually serves a change within seconds; allow more time with GANDI_WAIT_TIMEOUT=SECONDS, or look with: dig @127.0.0.1 -p 1 +norec _acme-challenge.example.com TXT)
? 7
> {
> GET /v5/livedns/domains/example.com -> 200
> GET /v5/livedns/domains/example.com/records/_acme-challenge/TXT -> 404
> }
> POST /v5/livedns/domains/example.com/records/_acme-challenge/TXT -> 201
>   content-type: application/json
>   body: {"rrset_values":["\"Z9dJnNjhV5ZaobCLWSsMXP-gmjhWF1kRqKY-PnqIU2U\""],"rrset_ttl":300}
