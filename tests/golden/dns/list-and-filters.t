# dns list: the table; --type (any case) and --name (a full name too) filter; a name
# without records gives an empty JSON list.
emu
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

$ gandi dns list example.com --type mx --plain --no-header
| @	MX	10800	10 spool.mail.gandi.net.
| @	MX	10800	50 fb.mail.gandi.net.
> GET /v5/livedns/domains/example.com/records?rrset_type=MX&per_page=100&page=1 -> 200

$ gandi dns list example.com --name api.example.com. --json
| [
|   {
|     "rrset_type": "A",
|     "rrset_ttl": 300,
|     "rrset_name": "api",
|     "rrset_href": "%EMU/v5/livedns/domains/example.com/records/api/A",
|     "rrset_values": [
|       "192.0.2.20",
|       "192.0.2.21"
|     ]
|   }
| ]
> GET /v5/livedns/domains/example.com/records/api -> 200

$ gandi dns list example.com --name nothing-here --json
| []
> GET /v5/livedns/domains/example.com/records/nothing-here -> 200
