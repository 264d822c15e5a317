# Without a token: the steps to get one (the dashboard, the scope, the variable, the
# config file, gandi doctor), exit 3, and nothing sent.
emu

$ gandi dns list example.com
! Not authenticated
!
! 'gandi dns list' needs a Gandi Personal Access Token, and none was found
! (GANDI_API_KEY is not set, and %HOME/.config/gandi/config.toml has no api_key).
!
!   1. Create a Personal Access Token at https://admin.gandi.net:
!      Account > Personal Access Tokens > Create.
!      Grant only what is needed; this command needs:
!        Manage domain name technical configurations (domain:tech)
!   2. Give it to gandi, for this shell:
!        export GANDI_API_KEY="..."
!      or for good, in %HOME/.config/gandi/config.toml (mode 0600):
!        api_key = "..."
!      (gandi config set api_key reads it from stdin and writes the file safely)
!   3. Check with: gandi doctor
? 3
