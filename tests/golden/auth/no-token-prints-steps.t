# Without a token: the steps to get one (the dashboard, the scope, the variable, the
# config file, gandi doctor), exit 3, and nothing sent.
emu

$ gandi dns list example.com
! Not authenticated
!
! 'gandi dns list' needs a Gandi Personal Access Token, and none was found
! (not in the environment, systemd credentials, or %HOME/.config/gandi/config.toml).
!
!   1. Create a Personal Access Token at https://admin.gandi.net:
!      Account > Personal Access Tokens > Create.
!      Grant only what is needed; this command needs:
!        Manage domain name technical configurations (domain:tech)
!   2. Give it to gandi: 'gandi auth login' checks it with Gandi and saves
!      it in %HOME/.config/gandi/config.toml (mode 0600); or, for this shell:
!        export GANDI_API_KEY="..."
!      (a file, systemd credentials, a password manager: man gandi, TOKEN)
!   3. Check with: gandi doctor
? 3
