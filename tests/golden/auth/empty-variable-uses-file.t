# An empty GANDI_API_KEY counts as unset: the file's token is used.
emu
file home/.config/gandi/config.toml 0600 <<EOF
api_key = "%TOKEN(all)"
EOF

$ GANDI_API_KEY= gandi domain list
| DOMAIN       EXPIRES     AUTORENEW  STATUS                    NAMESERVERS
| example.com  %DATE(+400d)  on         clientTransferProhibited  livedns
| example.net  %DATE(+20d)  off        ok                        livedns
| example.org  %DATE(+45d)  on         clientTransferProhibited  other
> {
> GET /tokeninfo -> 200
>   authorization: Bearer ...a11a
> GET /v5/domain/domains?sort_by=fqdn&per_page=100&page=1 -> 200
>   authorization: Bearer ...a11a
> }
