# A rejected token from the config file: the error names the file.
emu
secret 0badc0de0badc0de0badc0de0badc0de0bad9876
file home/.config/gandi/config.toml 0600 <<EOF
api_key = "0badc0de0badc0de0badc0de0badc0de0bad9876"
EOF

$ gandi domain list
! Token rejected
!
! Gandi refused the token ****9876 from api_key in '%HOME/.config/gandi/config.toml' (HTTP 401).
! Gandi said: The server could not verify that you authorized to access the document you requested. Either you supplied the wrong credentials (e.g., bad api key), or your access token has expired
!
! Usual causes:
!   - it has expired (every token has an expiry date);
!   - it was mistyped or only partly pasted;
!   - it belongs to the other environment (sandbox or production);
!   - it lacks what this command needs: See and renew domain names (domain:view).
!
! To fix it:
!   1. Create (or edit) a Personal Access Token at https://admin.gandi.net:
!      Account > Personal Access Tokens > Create.
!      Grant only what is needed; this command needs:
!        See and renew domain names (domain:view)
!   2. Give it to gandi: 'gandi auth login' checks it with Gandi and saves
!      it in %HOME/.config/gandi/config.toml (mode 0600); or, for this shell:
!        export GANDI_API_KEY="..."
!      (a file, systemd credentials, a password manager: man gandi, TOKEN)
!   3. Check with: gandi doctor
? 3
> GET /v5/domain/domains?sort_by=fqdn&per_page=100&page=1 -> 401
>   authorization: Bearer ...9876
