# dehydrated's hook: deploy_challenge with HOOK_CHAIN=yes triplets (DOMAIN TOKEN-FILE
# VALUE, apex and wildcard at one name), one wait for all of them; clean_challenge removes
# them; every other handler, dehydrated's startup probe included, exits 0 silently with
# no request, no token and no config file needed.
emu --dns 127.0.0.1:0
token all
env GANDI_NAMESERVERS=%DNS

$ gandi acme dehydrated -- deploy_challenge example.com t1 Z9dJnNjhV5ZaobCLWSsMXP-gmjhWF1kRqKY-PnqIU2U www.example.com t2 -DaSDkzYW0_73yXr4818_Y1usi2dAnpfVs_3mNMgrto example.com t3 -DaSDkzYW0_73yXr4818_Y1usi2dAnpfVs_3mNMgrto
> {
> GET /v5/livedns/domains/example.com -> 200
> GET /v5/livedns/domains/example.com/records/_acme-challenge/TXT -> 404
> }
> POST /v5/livedns/domains/example.com/records/_acme-challenge/TXT -> 201
>   content-type: application/json
>   body: {"rrset_values":["\"Z9dJnNjhV5ZaobCLWSsMXP-gmjhWF1kRqKY-PnqIU2U\""],"rrset_ttl":300}
> GET /v5/livedns/domains/example.com/records/_acme-challenge.www/TXT -> 404
> POST /v5/livedns/domains/example.com/records/_acme-challenge.www/TXT -> 201
>   content-type: application/json
>   body: {"rrset_values":["\"-DaSDkzYW0_73yXr4818_Y1usi2dAnpfVs_3mNMgrto\""],"rrset_ttl":300}
> GET /v5/livedns/domains/example.com/records/_acme-challenge/TXT -> 200
> PATCH /v5/livedns/domains/example.com/records/_acme-challenge/TXT -> 200
>   content-type: application/json
>   body: {"add_rrset_values":["\"-DaSDkzYW0_73yXr4818_Y1usi2dAnpfVs_3mNMgrto\""]}

$ api GET /v5/livedns/domains/example.com/records/_acme-challenge/TXT
| HTTP 200
| {"rrset_type": "TXT", "rrset_ttl": 300, "rrset_name": "_acme-challenge", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/_acme-challenge/TXT", "rrset_values": ["\"Z9dJnNjhV5ZaobCLWSsMXP-gmjhWF1kRqKY-PnqIU2U\"", "\"-DaSDkzYW0_73yXr4818_Y1usi2dAnpfVs_3mNMgrto\""]}

$ gandi acme dehydrated -- clean_challenge example.com t1 Z9dJnNjhV5ZaobCLWSsMXP-gmjhWF1kRqKY-PnqIU2U www.example.com t2 -DaSDkzYW0_73yXr4818_Y1usi2dAnpfVs_3mNMgrto example.com t3 -DaSDkzYW0_73yXr4818_Y1usi2dAnpfVs_3mNMgrto
> {
> GET /v5/livedns/domains/example.com -> 200
> GET /v5/livedns/domains/example.com/records/_acme-challenge/TXT -> 200
> }
> PATCH /v5/livedns/domains/example.com/records/_acme-challenge/TXT -> 200
>   content-type: application/json
>   body: {"remove_rrset_values":["\"Z9dJnNjhV5ZaobCLWSsMXP-gmjhWF1kRqKY-PnqIU2U\""]}
> GET /v5/livedns/domains/example.com/records/_acme-challenge.www/TXT -> 200
> PATCH /v5/livedns/domains/example.com/records/_acme-challenge.www/TXT -> 200
>   content-type: application/json
>   body: {"remove_rrset_values":["\"-DaSDkzYW0_73yXr4818_Y1usi2dAnpfVs_3mNMgrto\""]}
> DELETE /v5/livedns/domains/example.com/records/_acme-challenge.www/TXT -> 404
> GET /v5/livedns/domains/example.com/records/_acme-challenge/TXT -> 200
> PATCH /v5/livedns/domains/example.com/records/_acme-challenge/TXT -> 200
>   content-type: application/json
>   body: {"remove_rrset_values":["\"-DaSDkzYW0_73yXr4818_Y1usi2dAnpfVs_3mNMgrto\""]}
> DELETE /v5/livedns/domains/example.com/records/_acme-challenge/TXT -> 404

$ api GET /v5/livedns/domains/example.com/records/_acme-challenge/TXT
| HTTP 404
| {"code": 404, "message": "Can't find the DNS record _acme-challenge/TXT in the zone", "object": "dns-record", "cause": "Not Found"}

$ gandi acme dehydrated -- deploy_challenge example.com t1
! gandi: deploy_challenge needs DOMAIN TOKEN-FILENAME VALUE triplets, got 2 arguments
? 2

token none
env GANDI_CONFIG=%TMP/broken.toml
file broken.toml <<EOF
this is not TOML
EOF
$ gandi acme dehydrated -- this_hookscript_is_broken__dehydrated_is_working_fine__please_ignore_unknown_hooks_in_your_script

$ gandi acme dehydrated -- startup_hook

$ gandi acme dehydrated -- deploy_cert example.com /k /c /f /ch 1700000000

$ gandi acme dehydrated -- exit_hook

$ gandi acme dehydrated

$ gandi acme dehydrated -- deploy_challenge example.com t1 Z9dJnNjhV5ZaobCLWSsMXP-gmjhWF1kRqKY-PnqIU2U
! gandi: '%TMP/broken.toml' line 1, column 6: expected '=' after key 'this' (hint: fix that line (the file is TOML: key = "value"))
? 2

# a deploy that fails (here the nameservers never answer) removes what it added
token all
env -GANDI_CONFIG
$ GANDI_WAIT_TIMEOUT=0.5 GANDI_NAMESERVERS=127.0.0.1:1 gandi acme dehydrated -- deploy_challenge example.com t1 Z9dJnNjhV5ZaobCLWSsMXP-gmjhWF1kRqKY-PnqIU2U
! gandi: timed out after 0.5 s: 1 of 1 nameserver does not serve Z9dJnNjhV5ZaobCLWSsMXP-gmjhWF1kRqKY-PnqIU2U in the TXT record _acme-challenge in example.com; 127.0.0.1:1: no reply (port unreachable) (hint: LiveDNS usually serves a change within seconds; allow more time with GANDI_WAIT_TIMEOUT=SECONDS, or look with: dig @127.0.0.1 -p 1 +norec _acme-challenge.example.com TXT)
? 7
> {
> GET /v5/livedns/domains/example.com -> 200
> GET /v5/livedns/domains/example.com/records/_acme-challenge/TXT -> 404
> }
> POST /v5/livedns/domains/example.com/records/_acme-challenge/TXT -> 201
>   content-type: application/json
>   body: {"rrset_values":["\"Z9dJnNjhV5ZaobCLWSsMXP-gmjhWF1kRqKY-PnqIU2U\""],"rrset_ttl":300}
> GET /v5/livedns/domains/example.com/records/_acme-challenge/TXT -> 200
> PATCH /v5/livedns/domains/example.com/records/_acme-challenge/TXT -> 200
>   content-type: application/json
>   body: {"remove_rrset_values":["\"Z9dJnNjhV5ZaobCLWSsMXP-gmjhWF1kRqKY-PnqIU2U\""]}
> DELETE /v5/livedns/domains/example.com/records/_acme-challenge/TXT -> 404

$ api GET /v5/livedns/domains/example.com/records/_acme-challenge/TXT
| HTTP 404
| {"code": 404, "message": "Can't find the DNS record _acme-challenge/TXT in the zone", "object": "dns-record", "cause": "Not Found"}
