# GANDI_API_KEY wins over the config file's api_key; without it the file's token (view
# only, lacking domain:tech) is used, and the error names the file.
emu
file home/.config/gandi/config.toml 0600 <<EOF
api_key = "%TOKEN(view)"
EOF
token all

$ gandi dns list example.com
| NAME         TYPE   TTL    VALUE
| @            A      1800   192.0.2.10
| @            AAAA   1800   2001:db8::10
| @            CAA    10800  0 issue "letsencrypt.org"
| @            MX     10800  10 spool.mail.gandi.net.
| @            MX     10800  50 fb.mail.gandi.net.
| @            TXT    10800  v=spf1 include:_mailcust.gandi.net ?all
| api          A      300    192.0.2.20
| api          A      300    192.0.2.21
| blog         CNAME  10800  webredir.vip.gandi.net.
| webmail      CNAME  10800  webmail.gandi.net.
| www          CNAME  10800  example.com.
| _dmarc       TXT    10800  v=DMARC1; p=none
| _imaps._tcp  SRV    10800  0 1 993 mail.gandi.net.
> {
> GET /tokeninfo -> 200
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200
> }

token none
$ gandi dns list example.com
! Permission denied
!
! Gandi accepted the token ****5ee5 from api_key in '%HOME/.config/gandi/config.toml',
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
>   authorization: Bearer ...5ee5
