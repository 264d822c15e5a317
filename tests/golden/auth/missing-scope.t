# A token without the scope a command needs: permission denied (exit 4) naming the
# permission to add, in text and JSON; renewing needs domain:renew.
emu
token view

$ gandi dns list example.com
! Permission denied
!
! Gandi accepted the token ****5ee5 from the variable GANDI_API_KEY,
! but it does not allow 'gandi dns list' (HTTP 403).
! Gandi said: Access was denied to this resource.
!
! The token lacks the permission:
!   Manage domain name technical configurations (domain:tech)
!
! To fix it: at https://admin.gandi.net, Account > Personal Access Tokens, edit the token
! or create one that has it, give it to gandi (gandi auth login),
! then check with 'gandi doctor'.
? 4
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 403

$ gandi dns list example.com --json
! {"error":"Permission denied","kind":"permission_denied","exit_code":4,"detail":"Gandi accepted the token ****5ee5 from the variable GANDI_API_KEY,\nbut it does not allow 'gandi dns list' (HTTP 403).\nGandi said: Access was denied to this resource.\n\nThe token lacks the permission:\n  Manage domain name technical configurations (domain:tech)\n\nTo fix it: at https://admin.gandi.net, Account > Personal Access Tokens, edit the token\nor create one that has it, give it to gandi (gandi auth login),\nthen check with 'gandi doctor'.\n","scope_needed":"domain:tech","permission_needed":"Manage domain name technical configurations","token_source":"GANDI_API_KEY","token_origin":"GANDI_API_KEY","token":"****5ee5","api_message":"Access was denied to this resource.","status":403}
? 4
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 403

token tech
$ gandi domain renew example.com --yes
! Permission denied
!
! Gandi accepted the token ****c0de from the variable GANDI_API_KEY,
! but it does not allow 'gandi domain renew' (HTTP 403).
! Gandi said: Access was denied to this resource.
!
! The token lacks the permission:
!   See and renew domain names (domain:view)
! ('gandi domain renew' needs it, and domain:renew, which Gandi did not refuse.)
!
! To fix it: at https://admin.gandi.net, Account > Personal Access Tokens, edit the token
! or create one that has it, give it to gandi (gandi auth login),
! then check with 'gandi doctor'.
? 4
> GET /v5/domain/domains/example.com -> 403

# a token with domain:renew alone: the permission named is the one it lacks (domain:view),
# never the one it has
token renew
$ gandi domain renew example.com --yes
! Permission denied
!
! Gandi accepted the token ****4e4e from the variable GANDI_API_KEY,
! but it does not allow 'gandi domain renew' (HTTP 403).
! Gandi said: Access was denied to this resource.
!
! The token lacks the permission:
!   See and renew domain names (domain:view)
! ('gandi domain renew' needs it, and domain:renew, which Gandi did not refuse.)
!
! To fix it: at https://admin.gandi.net, Account > Personal Access Tokens, edit the token
! or create one that has it, give it to gandi (gandi auth login),
! then check with 'gandi doctor'.
? 4
> GET /v5/domain/domains/example.com -> 403
