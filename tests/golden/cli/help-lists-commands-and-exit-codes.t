# --help: every command, the global options and the exit codes (10: dns sync
# --exit-code with changes pending).
$ gandi --help
| usage: gandi [options] COMMAND [ARGS]
|
| A fast client for Gandi's v5 API: domains, LiveDNS records, web redirections.
|
| domain: your domains: list, details, renewal, autorenew, nameservers, transfer
|         lock and code, glue records, DNSSEC keys at the registry
|   list              list your domains (every page)
|   info              show a domain's dates, status, nameservers, autorenew,
|                     transfer lock and owner
|   renew             renew a domain (paid; asks first, --yes in scripts)
|   autorenew         turn automatic renewal on or off
|   nameservers       show a domain's nameservers, or replace them with --set
|   available         check whether a domain name can be registered, and its
|                     price
|   lock              lock the domain against transfers away
|                     (clientTransferProhibited)
|   unlock            allow transfers of the domain away (asks first; --yes in
|                     scripts)
|   authinfo          print the domain's transfer code (a secret; --reset makes a
|                     new one)
|   hosts list        list the domain's glue records (name servers inside it,
|                     with their addresses)
|   hosts add         add a glue record: a name server inside the domain and its
|                     addresses
|   hosts set         replace a glue record's addresses (asks first when the
|                     domain uses it)
|   hosts delete      delete a glue record (asks first when the domain uses it)
|   dnskeys list      list the DNSSEC keys the registry publishes DS records for
|   dnskeys add       hand a DNSSEC key to the registry, which publishes its DS
|   dnskeys delete    withdraw a key from the registry (its DS goes)
|
| dns: LiveDNS records of a domain, zone files, snapshots, settings, DNSSEC and
|      zone transfers
|   list              list a domain's DNS records (every page)
|   get               show one RRset (exit status 5 when it does not exist)
|   set               replace an RRset's values (keeping its TTL unless --ttl)
|   add               add values to an RRset, skipping those already there
|   remove            remove values from an RRset (the RRset goes when empty)
|   delete            delete an RRset (asks first; --yes in scripts)
|   wait              wait until every nameserver of the zone serves an RRset as
|                     wanted
|   export            print the zone as BIND text, or write it to a file
|   sync              make the zone match a zone file, showing the difference
|                     first
|   import            replace the whole zone with a zone file (snapshot first;
|                     asks first)
|   snapshot list     list the zone's snapshots, newest first
|   snapshot create   take a snapshot of the zone now; prints its id
|   snapshot show     show the records a snapshot holds
|   snapshot restore  put the zone back as a snapshot holds it (snapshot first;
|                     asks first)
|   snapshot delete   delete a snapshot (asks first; --yes in scripts)
|   settings          show the zone's LiveDNS settings, or change them
|   dnssec status     whether DNSSEC is on for a domain (LiveDNS signing it, its
|                     DS at the registry)
|   dnssec enable     turn DNSSEC on: LiveDNS signs the zone, Gandi gives its DS
|                     to the registry
|   dnssec disable    turn DNSSEC off (asks first: resolvers may fail meanwhile;
|                     --yes in scripts)
|   keys list         list the keys LiveDNS signs the zone with (deleted ones
|                     too)
|   keys show         show a signing key: its tag, public key, DNSKEY and the DS
|                     line for the parent
|   keys add          make a new signing key for the zone (a KSK unless --flags
|                     256)
|   keys delete       delete a signing key (a KSK asks first; --yes in scripts)
|   keys restore      bring back a deleted signing key
|   axfr tsig list    list the TSIG keys of the organization, or those a zone's
|                     secondaries use
|   axfr tsig add     let the zone's secondaries sign their transfers with a TSIG
|                     key (a new one)
|   axfr tsig show    show a TSIG key with its secret, or as a server's
|                     configuration
|   axfr tsig delete  stop a zone's secondaries signing transfers with a TSIG key
|   axfr secondaries list
|                     list the addresses allowed to transfer the zone (its
|                     secondary servers)
|   axfr secondaries add
|                     allow secondary servers (IPv4, IPv6) to transfer the zone
|   axfr secondaries delete
|                     no longer allow secondary servers to transfer the zone
|
| acme: ACME DNS-01 hooks for certbot, dehydrated, lego and acme.sh
|   certbot-auth      certbot's --manual-auth-hook: add the DNS-01 value, wait on
|                     the last one
|   certbot-cleanup   certbot's --manual-cleanup-hook: remove the value the auth
|                     hook added
|   dehydrated        dehydrated's hook (HOOK=.../libexec/gandi/acme-dehydrated)
|   lego              lego's exec provider
|                     (EXEC_PATH=.../libexec/gandi/acme-lego)
|   add               add challenge values at a full name (TTL 300), quietly
|   remove            remove challenge values from a full name (the RRset goes
|                     when empty)
|
| redirect: web redirections of a domain
|   list              list a domain's web redirections (every page)
|   add               redirect SOURCE (@, a label or a full host) to URL
|   update            change a redirection's target, type or protocol
|   delete            delete a redirection (asks first; --yes in scripts)
|
| org: the organizations the token can see
|   list              list the organizations this token can see (their id is a
|                     --sharing-id)
|
| token: the token: what Gandi says of it, and its renewal
|   info              show what Gandi says of the token: name, scopes, entities,
|                     expiry
|   renew             renew the token through Gandi's API and save the new one
|
| auth: log in and out: save a checked token, see where it comes from
|   login             check a token with Gandi, then save it in the config file
|   status            where the token comes from, and whether Gandi accepts it
|   logout            remove the token from the config file it came from
|   token             print the token, for a script
|
| profile: the profiles of the config file: list, show, choose the default
|   list              the profiles of the config file, and which one is active
|   show              the settings a profile gives (the active one by default)
|   use               make a profile the default one (default_profile)
|
| config: read and write gandi's configuration file
|   path              print the path of the config file in use
|   get               print the effective value of a setting (the token masked)
|   set               write a setting to the config file (api_key read from
|                     stdin)
|   unset             remove a setting from the config file
|   list              show every effective setting and where it comes from
|
| other commands:
|   browse            browse and edit domains, DNS records and redirections on
|                     the terminal
|   doctor            check the token, the config file and the connection to
|                     Gandi
|   ddns              point NAME's A and AAAA records at this machine's addresses
|                     (TTL 300)
|   help              show help for gandi, a group of commands or one command
|   version           print gandi's version, commit, libcurl and TLS library
|   completion        print a shell completion script
|
| global options:
|       --json              print JSON; errors go to stderr as one JSON object
|   -q, --quiet             no messages (notes, warnings, progress): data and
|                           errors only
|   -v, --verbose           trace each HTTP exchange on stderr (twice: with
|                           headers)
|       --plain             tab-separated rows without alignment, for cut and awk
|       --no-header         leave out the header line of tables
|       --columns LIST      print only these table columns, in this order
|                           (NAME,VALUE)
|       --jq EXPR           filter the JSON output through a jq expression
|                           (implies --json)
|       --no-color          never use colour (as does NO_COLOR)
|       --api-url URL       the API's base URL (GANDI_API_URL; default
|                           https://api.gandi.net/v5)
|       --sandbox           use Gandi's sandbox, https://api.sandbox.gandi.net/v5
|       --id-url URL        Gandi ID's base URL, for tokeninfo (GANDI_ID_URL)
|       --sharing-id ID     act for this organization, by id or name
|                           (GANDI_SHARING_ID)
|       --config FILE       the config file (GANDI_CONFIG)
|       --profile NAME      use the [profiles.NAME] table of the config
|                           (GANDI_PROFILE)
|       --timeout SECONDS   time allowed for one request, its retries included
|                           (default 60)
|       --deadline SECONDS  time allowed for all the requests of the command
|                           (default 600)
|       --retries N         attempts for requests that can be repeated (default
|                           4)
|       --cacert FILE       trust the CA certificates in FILE instead of the
|                           system's
|   -h, --help              show help
|       --version           print gandi's version
|
| The token: 'gandi auth login' checks one and saves it in the config file;
| GANDI_API_KEY, GANDI_API_KEY_FILE, systemd credentials and api_key_command
| work too ('gandi help auth status' gives the order). Run 'gandi doctor' to
| check your setup.
| Exit codes: 0 ok, 1 API or other error, 2 usage or invalid input,
| 3 not authenticated or token rejected, 4 permission denied, 5 not found,
| 6 network, TLS or timeout, 7 'dns wait', --wait: not served in time,
| 8 declined at the prompt, 10 'dns sync --exit-code': changes pending,
| 11 'domain available --exit-code': not available.
| 'gandi help COMMAND' for a command's help: its arguments, options and examples.
