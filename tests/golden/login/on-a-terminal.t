# gandi auth login on a terminal: a short menu of the permissions (Enter: the first),
# the dashboard's steps for those chosen, the token typed without echo, then what Gandi
# says of it; the permission asked for and missing is warned about.
emu

$ tty gandi auth login <<EOF
7
1 2
%TOKEN(tech)
EOF
| Which permissions will you grant the token?
|   1. domain:tech        Manage domain name technical configurations: domain nameservers --set, domain lock, domain unlock, domain hosts add, domain hosts set, domain hosts delete, domain dnskeys add, domain dnskeys delete, dns * but dns dnssec status, ddns, acme *, redirect *
|   2. domain:view        See and renew domain names: browse, domain list, domain info, domain renew (to read the domain and its price first), domain nameservers, domain authinfo, domain hosts list, domain dnskeys list, dns dnssec status
|   3. domain:renew       See and renew domain names: domain renew, domain autorenew
|   4. organization:view  View organization: org *
| Numbers, separated by spaces [1]: 7
| Type numbers from 1 to 4, such as: 1 2
| Numbers, separated by spaces [1]: 1 2
|
| Create the token at https://admin.gandi.net: Account > Personal Access Tokens > Create.
|   Grant: Manage domain name technical configurations (domain:tech)
|          See and renew domain names (domain:view)
|   Choose the organization and the domains it may act on, and an expiry;
|   Gandi shows the token once: copy it.
|
|" "Paste the token (input hidden): "
| Gandi accepts the token "tech" (****c0de)
|   permissions: domain:tech
|   expires:     %DATE(+80d) (in 80 days)
| warning: the token lacks See and renew domain names (domain:view): Gandi will refuse 'gandi browse', 'gandi domain list', 'gandi domain info', 'gandi domain renew (to read the domain and its price first)', 'gandi domain nameservers', 'gandi domain authinfo', 'gandi domain hosts list', 'gandi domain dnskeys list', 'gandi dns dnssec status'; edit the token at https://admin.gandi.net (Account > Personal Access Tokens) to grant it
| saved the token ****c0de in '%HOME/.config/gandi/config.toml' (mode 0600)
> GET /tokeninfo -> 200
>   authorization: Bearer ...c0de

$ tty gandi auth login --profile ops --scopes domain:tech <<EOF
%TOKEN(all)
EOF
|
| Create the token at https://admin.gandi.net: Account > Personal Access Tokens > Create.
|   Grant: Manage domain name technical configurations (domain:tech)
|   Choose the organization and the domains it may act on, and an expiry;
|   Gandi shows the token once: copy it.
|
|" "Paste the token (input hidden): "
| Gandi accepts the token "all" (****a11a)
|   permissions: domain:view, domain:renew, domain:tech, organization:view
|   expires:     %DATE(+80d) (in 80 days)
| saved the token ****a11a in '%HOME/.config/gandi/config.toml' [profiles.ops] (mode 0600)
| [profiles.ops] is not the active profile (none is): use it with --profile ops, or make it the default: gandi profile use ops
> GET /tokeninfo -> 200
>   authorization: Bearer ...a11a

$ gandi profile list
| NAME  ACTIVE  TOKEN     API URL                   SHARING ID
| ops   -       ****a11a  https://api.gandi.net/v5  -
! active: none (the file's top-level keys); choose one with: gandi profile use NAME
! note: set in the environment, and used instead of the file's values: GANDI_API_URL, GANDI_ID_URL
