# doctor names the CA certificates in use: the system's store (not used for plain http
# to this machine), a bundle from SSL_CERT_FILE or CURL_CA_BUNDLE (which replaces the
# store), --cacert, a missing bundle (a failure), a folder from SSL_CERT_DIR.
emu
token all
file ca.pem <<EOF
-----BEGIN CERTIFICATE-----
EOF

$ gandi doctor
| · config file: %HOME/.config/gandi/config.toml does not exist (not needed when GANDI_API_KEY is set)
| ✓ token: ****a11a from the variable GANDI_API_KEY
| ✓ token shape: 40 characters, a Personal Access Token
| · CA certificates: the system's store, /etc/ssl/certs (not used now: the API URL is plain http://, no TLS)
| ✓ endpoint: %EMU/v5 (custom), connect %MS ms, no TLS (loopback), the API answers
| ✓ token: "all" accepted, expires in 80 days (%DATE(+80d)), covers 1 entity
|   ✓ domain:view   See and renew domain names: browse, domain list, domain info, domain renew (to read the domain and its price first), domain nameservers, domain authinfo, domain hosts list, domain dnskeys list, dns dnssec status
|   ✓ domain:renew  See and renew domain names: domain renew, domain autorenew
|   ✓ domain:tech   Manage domain name technical configurations: domain nameservers --set, domain lock, domain unlock, domain hosts add, domain hosts set, domain hosts delete, domain dnskeys add, domain dnskeys delete, dns * but dns dnssec status, ddns, acme *, redirect *
|   other scopes: organization:view
| · organizations this token can see: alice (a11ce000-0000-4000-8000-000000000001)
|
| 4 ok, 0 warnings, 0 failures
> {
> GET /tokeninfo -> 200
> GET /v5/domain/domains?per_page=1 -> 200
> GET /v5/organization/organizations?per_page=100&page=1 -> 200
> }

$ SSL_CERT_FILE=%TMP/ca.pem gandi doctor
| · config file: %HOME/.config/gandi/config.toml does not exist (not needed when GANDI_API_KEY is set)
| ✓ token: ****a11a from the variable GANDI_API_KEY
| ✓ token shape: 40 characters, a Personal Access Token
| · CA certificates: only those of %TMP/ca.pem (from the variable SSL_CERT_FILE), which replaces the system's store (not used now: the API URL is plain http://, no TLS)
|     if that is not meant: unset SSL_CERT_FILE
| ✓ endpoint: %EMU/v5 (custom), connect %MS ms, no TLS (loopback), the API answers
| ✓ token: "all" accepted, expires in 80 days (%DATE(+80d)), covers 1 entity
|   ✓ domain:view   See and renew domain names: browse, domain list, domain info, domain renew (to read the domain and its price first), domain nameservers, domain authinfo, domain hosts list, domain dnskeys list, dns dnssec status
|   ✓ domain:renew  See and renew domain names: domain renew, domain autorenew
|   ✓ domain:tech   Manage domain name technical configurations: domain nameservers --set, domain lock, domain unlock, domain hosts add, domain hosts set, domain hosts delete, domain dnskeys add, domain dnskeys delete, dns * but dns dnssec status, ddns, acme *, redirect *
|   other scopes: organization:view
| · organizations this token can see: alice (a11ce000-0000-4000-8000-000000000001)
|
| 4 ok, 0 warnings, 0 failures
> {
> GET /tokeninfo -> 200
> GET /v5/domain/domains?per_page=1 -> 200
> GET /v5/organization/organizations?per_page=100&page=1 -> 200
> }

$ CURL_CA_BUNDLE=%TMP/ca.pem gandi doctor
| · config file: %HOME/.config/gandi/config.toml does not exist (not needed when GANDI_API_KEY is set)
| ✓ token: ****a11a from the variable GANDI_API_KEY
| ✓ token shape: 40 characters, a Personal Access Token
| · CA certificates: only those of %TMP/ca.pem (from the variable CURL_CA_BUNDLE), which replaces the system's store (not used now: the API URL is plain http://, no TLS)
|     if that is not meant: unset CURL_CA_BUNDLE
| ✓ endpoint: %EMU/v5 (custom), connect %MS ms, no TLS (loopback), the API answers
| ✓ token: "all" accepted, expires in 80 days (%DATE(+80d)), covers 1 entity
|   ✓ domain:view   See and renew domain names: browse, domain list, domain info, domain renew (to read the domain and its price first), domain nameservers, domain authinfo, domain hosts list, domain dnskeys list, dns dnssec status
|   ✓ domain:renew  See and renew domain names: domain renew, domain autorenew
|   ✓ domain:tech   Manage domain name technical configurations: domain nameservers --set, domain lock, domain unlock, domain hosts add, domain hosts set, domain hosts delete, domain dnskeys add, domain dnskeys delete, dns * but dns dnssec status, ddns, acme *, redirect *
|   other scopes: organization:view
| · organizations this token can see: alice (a11ce000-0000-4000-8000-000000000001)
|
| 4 ok, 0 warnings, 0 failures
> {
> GET /tokeninfo -> 200
> GET /v5/domain/domains?per_page=1 -> 200
> GET /v5/organization/organizations?per_page=100&page=1 -> 200
> }

$ gandi doctor --cacert %TMP/ca.pem
| · config file: %HOME/.config/gandi/config.toml does not exist (not needed when GANDI_API_KEY is set)
| ✓ token: ****a11a from the variable GANDI_API_KEY
| ✓ token shape: 40 characters, a Personal Access Token
| · CA certificates: only those of %TMP/ca.pem (--cacert), instead of the system's store (not used now: the API URL is plain http://, no TLS)
| ✓ endpoint: %EMU/v5 (custom), connect %MS ms, no TLS (loopback), the API answers
| ✓ token: "all" accepted, expires in 80 days (%DATE(+80d)), covers 1 entity
|   ✓ domain:view   See and renew domain names: browse, domain list, domain info, domain renew (to read the domain and its price first), domain nameservers, domain authinfo, domain hosts list, domain dnskeys list, dns dnssec status
|   ✓ domain:renew  See and renew domain names: domain renew, domain autorenew
|   ✓ domain:tech   Manage domain name technical configurations: domain nameservers --set, domain lock, domain unlock, domain hosts add, domain hosts set, domain hosts delete, domain dnskeys add, domain dnskeys delete, dns * but dns dnssec status, ddns, acme *, redirect *
|   other scopes: organization:view
| · organizations this token can see: alice (a11ce000-0000-4000-8000-000000000001)
|
| 4 ok, 0 warnings, 0 failures
> {
> GET /tokeninfo -> 200
> GET /v5/domain/domains?per_page=1 -> 200
> GET /v5/organization/organizations?per_page=100&page=1 -> 200
> }

$ SSL_CERT_FILE=%TMP/none.pem gandi doctor --json
| {
|   "checks": [
|     {
|       "check": "config",
|       "status": "info",
|       "message": "config file: %HOME/.config/gandi/config.toml does not exist (not needed when GANDI_API_KEY is set)",
|       "path": "%HOME/.config/gandi/config.toml"
|     },
|     {
|       "check": "token",
|       "status": "ok",
|       "message": "token: ****a11a from the variable GANDI_API_KEY",
|       "source": "GANDI_API_KEY",
|       "origin": "GANDI_API_KEY",
|       "token": "****a11a"
|     },
|     {
|       "check": "token_shape",
|       "status": "ok",
|       "message": "token shape: 40 characters, a Personal Access Token"
|     },
|     {
|       "check": "ca",
|       "status": "failure",
|       "message": "CA certificates: %TMP/none.pem (from SSL_CERT_FILE) is not a readable file, so no certificate can be verified (not used now: the API URL is plain http://, no TLS)",
|       "fix": "fix: unset SSL_CERT_FILE, or point it at a file of CA certificates",
|       "source": "SSL_CERT_FILE",
|       "file": "%TMP/none.pem"
|     },
|     {
|       "check": "endpoint",
|       "status": "ok",
|       "message": "endpoint: %EMU/v5 (custom), connect %MS ms, no TLS (loopback), the API answers",
|       "url": "%EMU/v5",
|       "kind": "custom",
|       "connect_ms": %MS,
|       "tls_ms": %MS
|     },
|     {
|       "check": "token_accepted",
|       "status": "ok",
|       "message": "token: \"all\" accepted, expires in 80 days (%DATE(+80d)), covers 1 entity",
|       "name": "all",
|       "entities": 1,
|       "expires_in": %SECONDS(80d),
|       "expires_at": "%DATE(+80d)",
|       "scopes": {
|         "domain:view": true,
|         "domain:renew": true,
|         "domain:tech": true
|       },
|       "other_scopes": [
|         "organization:view"
|       ]
|     },
|     {
|       "check": "organizations",
|       "status": "info",
|       "message": "organizations this token can see: alice (a11ce000-0000-4000-8000-000000000001)",
|       "organizations": [
|         {
|           "id": "a11ce000-0000-4000-8000-000000000001",
|           "name": "alice",
|           "type": "individual"
|         }
|       ]
|     }
|   ],
|   "summary": {
|     "ok": 4,
|     "warnings": 0,
|     "failures": 1
|   }
| }
? 2
> {
> GET /tokeninfo -> 200
> GET /v5/domain/domains?per_page=1 -> 200
> GET /v5/organization/organizations?per_page=100&page=1 -> 200
> }

$ SSL_CERT_DIR=%TMP gandi doctor
| · config file: %HOME/.config/gandi/config.toml does not exist (not needed when GANDI_API_KEY is set)
| ✓ token: ****a11a from the variable GANDI_API_KEY
| ✓ token shape: 40 characters, a Personal Access Token
| · CA certificates: the folder %TMP (from the variable SSL_CERT_DIR), which replaces the system's store (not used now: the API URL is plain http://, no TLS)
|     if that is not meant: unset SSL_CERT_DIR
| ✓ endpoint: %EMU/v5 (custom), connect %MS ms, no TLS (loopback), the API answers
| ✓ token: "all" accepted, expires in 80 days (%DATE(+80d)), covers 1 entity
|   ✓ domain:view   See and renew domain names: browse, domain list, domain info, domain renew (to read the domain and its price first), domain nameservers, domain authinfo, domain hosts list, domain dnskeys list, dns dnssec status
|   ✓ domain:renew  See and renew domain names: domain renew, domain autorenew
|   ✓ domain:tech   Manage domain name technical configurations: domain nameservers --set, domain lock, domain unlock, domain hosts add, domain hosts set, domain hosts delete, domain dnskeys add, domain dnskeys delete, dns * but dns dnssec status, ddns, acme *, redirect *
|   other scopes: organization:view
| · organizations this token can see: alice (a11ce000-0000-4000-8000-000000000001)
|
| 4 ok, 0 warnings, 0 failures
> {
> GET /tokeninfo -> 200
> GET /v5/domain/domains?per_page=1 -> 200
> GET /v5/organization/organizations?per_page=100&page=1 -> 200
> }
