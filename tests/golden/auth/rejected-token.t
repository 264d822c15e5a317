# A token Gandi rejects: masked, where it came from, why it may be rejected, and the
# scope the command needs; in JSON too.
emu
token f00dfeedf00dfeedf00dfeedf00dfeedf00d1234

$ gandi dns list example.com
! Token rejected
!
! Gandi refused the token ****1234 from the variable GANDI_API_KEY (HTTP 401).
! Gandi said: The server could not verify that you authorized to access the document you requested. Either you supplied the wrong credentials (e.g., bad api key), or your access token has expired
!
! Usual causes:
!   - it has expired (every token has an expiry date);
!   - it was mistyped or only partly pasted;
!   - it belongs to the other environment (sandbox or production);
!   - it lacks what this command needs: Manage domain name technical configurations (domain:tech).
!
! To fix it:
!   1. Create (or edit) a Personal Access Token at https://admin.gandi.net:
!      Account > Personal Access Tokens > Create.
!      Grant only what is needed; this command needs:
!        Manage domain name technical configurations (domain:tech)
!   2. Give it to gandi: 'gandi auth login' checks it with Gandi and saves
!      it in %HOME/.config/gandi/config.toml (mode 0600); or, for this shell:
!        export GANDI_API_KEY="..."
!      (a file, systemd credentials, a password manager: man gandi, TOKEN)
!   3. Check with: gandi doctor
? 3
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 401

$ gandi dns list example.com --json
! {"error":"Token rejected","kind":"token_rejected","exit_code":3,"detail":"Gandi refused the token ****1234 from the variable GANDI_API_KEY (HTTP 401).\nGandi said: The server could not verify that you authorized to access the document you requested. Either you supplied the wrong credentials (e.g., bad api key), or your access token has expired\n\nUsual causes:\n  - it has expired (every token has an expiry date);\n  - it was mistyped or only partly pasted;\n  - it belongs to the other environment (sandbox or production);\n  - it lacks what this command needs: Manage domain name technical configurations (domain:tech).\n\nTo fix it:\n  1. Create (or edit) a Personal Access Token at https://admin.gandi.net:\n     Account > Personal Access Tokens > Create.\n     Grant only what is needed; this command needs:\n       Manage domain name technical configurations (domain:tech)\n  2. Give it to gandi: 'gandi auth login' checks it with Gandi and saves\n     it in %HOME/.config/gandi/config.toml (mode 0600); or, for this shell:\n       export GANDI_API_KEY=\"...\"\n     (a file, systemd credentials, a password manager: man gandi, TOKEN)\n  3. Check with: gandi doctor\n","steps":["Create or edit a Personal Access Token at https://admin.gandi.net (Account > Personal Access Tokens > Create)","grant it: Manage domain name technical configurations (domain:tech)","gandi auth login, or export GANDI_API_KEY=\"...\"","gandi doctor"],"config_path":"%HOME/.config/gandi/config.toml","scope_needed":"domain:tech","token_source":"GANDI_API_KEY","token_origin":"GANDI_API_KEY","token":"****1234","api_message":"The server could not verify that you authorized to access the document you requested. Either you supplied the wrong credentials (e.g., bad api key), or your access token has expired","status":401}
? 3
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 401
