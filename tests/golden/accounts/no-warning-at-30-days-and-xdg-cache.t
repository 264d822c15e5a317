# A token expiring in 30 days: no warning; the cache goes to $XDG_CACHE_HOME/gandi.
seed seed.json <<EOF
tokens[name=all].expires_at = "+30d"
EOF
emu --seed %TMP/seed.json
token all

$ XDG_CACHE_HOME=%TMP/xdg-cache gandi domain list
| DOMAIN       EXPIRES     AUTORENEW  STATUS                    NAMESERVERS
| example.com  %DATE(+400d)  on         clientTransferProhibited  livedns
| example.net  %DATE(+20d)  off        ok                        livedns
| example.org  %DATE(+45d)  on         clientTransferProhibited  other
> {
> GET /tokeninfo -> 200
> GET /v5/domain/domains?sort_by=fqdn&per_page=100&page=1 -> 200
> }

$ ls -A xdg-cache/gandi
| token-508cbaa81552d23373a913df984fc84722235b360f9e32ec9a51c9d728186d65.json
