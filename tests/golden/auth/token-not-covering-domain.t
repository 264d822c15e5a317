# A token limited to example.com: another domain is "not found, or not covered" (exit 5),
# with the --sharing-id hint; its own domain works.
emu
token one-domain

$ gandi dns list example.net
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
