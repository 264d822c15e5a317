# dns sync needs domain:tech (exit 4) and a token covering the domain (exit 5).
emu
file zone.txt <<EOF
$TTL 3600
@ 1800 IN A 192.0.2.10
@ 1800 IN AAAA 2001:db8::10
@ 10800 IN CAA 0 issue "letsencrypt.org"
@ 10800 IN MX 10 spool.mail.gandi.net.
@ 10800 IN MX 50 fb.mail.gandi.net.
@ 10800 IN TXT "v=spf1 include:_mailcust.gandi.net ~all"
api 600 IN A 192.0.2.20
api 600 IN A 192.0.2.22
blog 10800 IN CNAME webredir.vip.gandi.net.
www 10800 IN CNAME example.com.
_dmarc 10800 IN TXT "v=DMARC1; p=none"
_imaps._tcp 10800 IN SRV 0 1 993 mail.gandi.net.
new TXT "hello"
EOF

token view
$ gandi dns sync example.com zone.txt -n
! Permission denied
!
! Gandi accepted the token ****5ee5 from the variable GANDI_API_KEY,
! but it does not allow 'gandi dns sync' (HTTP 403).
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

token one-domain
$ gandi dns sync example.net zone.txt -n
! gandi: domain 'example.net' was not found, or this token does not cover it
! Gandi answers 404 both when something does not exist and when the token cannot reach it
! (a domain of another organization, or a token limited to other domains).
! hint: 'gandi domain list' shows the domains this token covers; --sharing-id ORG acts for another organization
? 5
> {
> GET /v5/domain/domains/example.net -> 404
> GET /v5/livedns/domains/example.net/records?per_page=100&page=1 -> 404
> GET /v5/organization/organizations?per_page=100&page=1 -> 403
> }
