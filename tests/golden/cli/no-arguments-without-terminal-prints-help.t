# gandi alone, without a terminal, prints the help (exit 0) and asks nothing of Gandi.
emu
token all

$ gandi
| usage: gandi [options] COMMAND [ARGS]
|
| A fast client for Gandi's v5 API: domains, LiveDNS records, web redirections.
|
| commands:
|   browse                                   browse and edit domains, DNS records and redirections on the terminal
|   doctor                                   check the token, the config file and the connection to Gandi
|   domain list                              list your domains (every page)
|   domain info DOMAIN                       show a domain's dates, status, nameservers, autorenew, transfer lock and owner
|   domain renew DOMAIN                      renew a domain (paid; asks first, --yes in scripts)
|   domain autorenew DOMAIN on|off           turn automatic renewal on or off
|   domain nameservers DOMAIN [--set NS...]  show a domain's nameservers, or replace them with --set
|   domain available NAME                    check whether a domain name can be registered, and its price
|   domain lock DOMAIN                       lock the domain against transfers away (clientTransferProhibited)
|   domain unlock DOMAIN                     allow transfers of the domain away (asks first; --yes in scripts)
|   domain authinfo DOMAIN                   print the domain's transfer code (a secret; --reset makes a new one)
|   domain hosts list DOMAIN                 list the domain's glue records (name servers inside it, with their addresses)
|   domain hosts add DOMAIN NAME --ip ADDR... add a glue record: a name server inside the domain and its addresses
|   domain hosts set DOMAIN NAME --ip ADDR... replace a glue record's addresses (asks first when the domain uses it)
|   domain hosts delete DOMAIN NAME          delete a glue record (asks first when the domain uses it)
|   domain dnskeys list DOMAIN               list the DNSSEC keys the registry publishes DS records for
|   domain dnskeys add DOMAIN DNSKEY...      hand a DNSSEC key to the registry, which publishes its DS
|   domain dnskeys delete DOMAIN ID          withdraw a key from the registry (its DS goes)
|   dns list DOMAIN                          list a domain's DNS records (every page)
|   dns get DOMAIN TYPE NAME                 show one RRset (exit status 5 when it does not exist)
|   dns set DOMAIN TYPE NAME VALUE...        replace an RRset's values (keeping its TTL unless --ttl)
|   dns add DOMAIN TYPE NAME VALUE...        add values to an RRset, skipping those already there
|   dns remove DOMAIN TYPE NAME VALUE...     remove values from an RRset (the RRset goes when empty)
|   dns delete DOMAIN TYPE NAME              delete an RRset (asks first; --yes in scripts)
|   dns export DOMAIN                        print the zone as BIND text, or write it to a file
|   dns sync DOMAIN FILE                     make the zone match a zone file, showing the difference first
|   dns import DOMAIN FILE                   replace the whole zone with a zone file (snapshot first; asks first)
|   dns snapshot list DOMAIN                 list the zone's snapshots, newest first
|   dns snapshot create DOMAIN [NAME]        take a snapshot of the zone now; prints its id
|   dns snapshot show DOMAIN ID              show the records a snapshot holds
|   dns snapshot restore DOMAIN ID           put the zone back as a snapshot holds it (snapshot first; asks first)
|   dns snapshot delete DOMAIN ID            delete a snapshot (asks first; --yes in scripts)
|   dns settings DOMAIN [--automatic-snapshots on|off] show the zone's LiveDNS settings, or change them
|   dns dnssec status DOMAIN                 whether DNSSEC is on for a domain (LiveDNS signing it, its DS at the registry)
|   dns dnssec enable DOMAIN                 turn DNSSEC on: LiveDNS signs the zone, Gandi gives its DS to the registry
|   dns dnssec disable DOMAIN                turn DNSSEC off (asks first: resolvers may fail meanwhile; --yes in scripts)
|   dns keys list DOMAIN                     list the keys LiveDNS signs the zone with (deleted ones too)
|   dns keys show DOMAIN ID                  show a signing key: its tag, public key, DNSKEY and the DS line for the parent
|   dns keys add DOMAIN                      make a new signing key for the zone (a KSK unless --flags 256)
|   dns keys delete DOMAIN ID                delete a signing key (a KSK asks first; --yes in scripts)
|   dns keys restore DOMAIN ID               bring back a deleted signing key
|   dns axfr tsig list [DOMAIN]              list the TSIG keys of the organization, or those a zone's secondaries use
|   dns axfr tsig add DOMAIN                 let the zone's secondaries sign their transfers with a TSIG key (a new one)
|   dns axfr tsig show ID                    show a TSIG key with its secret, or as a server's configuration
|   dns axfr tsig delete DOMAIN ID           stop a zone's secondaries signing transfers with a TSIG key
|   dns axfr secondaries list DOMAIN         list the addresses allowed to transfer the zone (its secondary servers)
|   dns axfr secondaries add DOMAIN ADDR...  allow secondary servers (IPv4, IPv6) to transfer the zone
|   dns axfr secondaries delete DOMAIN ADDR... no longer allow secondary servers to transfer the zone
|   redirect list DOMAIN                     list a domain's web redirections (every page)
|   redirect add DOMAIN SOURCE URL           redirect SOURCE (@, a label or a full host) to URL
|   redirect update DOMAIN SOURCE [URL]      change a redirection's target, type or protocol
|   redirect delete DOMAIN SOURCE            delete a redirection (asks first; --yes in scripts)
|   org list                                 list the organizations this token can see (their id is a --sharing-id)
|   token info                               show what Gandi says of the token: name, scopes, entities, expiry
|   token renew                              renew the token through Gandi's API and save the new one
|   auth login                               check a token with Gandi, then save it in the config file
|   auth status                              where the token comes from, and whether Gandi accepts it
|   auth logout                              remove the token from the config file it came from
|   auth token                               print the token, for a script
|   profile list                             the profiles of the config file, and which one is active
|   profile show [NAME]                      the settings a profile gives (the active one by default)
|   profile use NAME                         make a profile the default one (default_profile)
|   config path                              print the path of the config file in use
|   config get KEY                           print the effective value of a setting (the token masked)
|   config set KEY [VALUE]                   write a setting to the config file (api_key read from stdin)
|   config unset KEY                         remove a setting from the config file
|   config list                              show every effective setting and where it comes from
|   help [COMMAND]                           show help for gandi or one of its commands
|   completion bash|zsh|fish                 print a shell completion script
|
| global options:
|       --json                 print JSON; errors go to stderr as one JSON object
|   -q, --quiet                print only errors
|   -v, --verbose              trace each HTTP exchange on stderr (twice: with headers)
|       --plain                tab-separated rows without alignment, for cut and awk
|       --no-header            leave out the header line of tables
|       --no-color             never use colour (as does NO_COLOR)
|       --api-url URL          the API's base URL (GANDI_API_URL; default https://api.gandi.net/v5)
|       --sandbox              use Gandi's sandbox, https://api.sandbox.gandi.net/v5
|       --id-url URL           Gandi ID's base URL, for tokeninfo (GANDI_ID_URL)
|       --sharing-id ID        act for this organization (GANDI_SHARING_ID)
|       --config FILE          the config file (GANDI_CONFIG)
|       --profile NAME         use the [profiles.NAME] table of the config (GANDI_PROFILE)
|       --timeout SECONDS      time allowed for one request, its retries included (default 60)
|       --deadline SECONDS     time allowed for all the requests of the command (default 600)
|       --retries N            attempts for requests that can be repeated (default 4)
|       --cacert FILE          trust the CA certificates in FILE instead of the system's
|   -h, --help                 show help
|       --version              print gandi's version
|
| The token: 'gandi auth login' checks one and saves it in the config file;
| GANDI_API_KEY, GANDI_API_KEY_FILE, systemd credentials and api_key_command
| work too ('gandi help auth status' gives the order). Run 'gandi doctor' to
| check your setup.
| Exit codes: 0 ok, 1 API or other error, 2 usage or invalid input,
| 3 not authenticated or token rejected, 4 permission denied, 5 not found,
| 6 network, TLS or timeout, 10 'dns sync --exit-code': changes pending.
| 'gandi help COMMAND' for a command's help.
