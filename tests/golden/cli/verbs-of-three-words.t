# Commands of three words (dns axfr tsig VERB): each level that is not a command asks
# for the next word and lists what may follow; a mistyped last word gets a suggestion;
# help by command and by flag alike.
$ gandi dns axfr
| usage: gandi dns axfr COMMAND [ARGS] [options]
|
| commands:
|   tsig list [DOMAIN]              list the TSIG keys of the organization, or
|                                   those a zone's secondaries use
|   tsig add DOMAIN                 let the zone's secondaries sign their
|                                   transfers with a TSIG key (a new one)
|   tsig show ID                    show a TSIG key with its secret, or as a
|                                   server's configuration
|   tsig delete DOMAIN ID           stop a zone's secondaries signing transfers
|                                   with a TSIG key
|   secondaries list DOMAIN         list the addresses allowed to transfer the
|                                   zone (its secondary servers)
|   secondaries add DOMAIN ADDR...  allow secondary servers (IPv4, IPv6) to
|                                   transfer the zone
|   secondaries delete DOMAIN ADDR...
|                                   no longer allow secondary servers to transfer
|                                   the zone
|
| run 'gandi help dns axfr COMMAND' for a command's options and examples

$ gandi dns axfr tsig
| usage: gandi dns axfr tsig COMMAND [ARGS] [options]
|
| commands:
|   list [DOMAIN]     list the TSIG keys of the organization, or those a zone's
|                     secondaries use
|   add DOMAIN        let the zone's secondaries sign their transfers with a TSIG
|                     key (a new one)
|   show ID           show a TSIG key with its secret, or as a server's
|                     configuration
|   delete DOMAIN ID  stop a zone's secondaries signing transfers with a TSIG key
|
| run 'gandi help dns axfr tsig COMMAND' for a command's options and examples

$ gandi dns axfr tsig lst
! gandi: 'dns axfr tsig lst' is not a gandi command
! hint: did you mean 'gandi dns axfr tsig list'?
! 'gandi dns' commands: list, get, set, add, remove, delete, wait, export, sync, import, snapshot list, snapshot create, snapshot show, snapshot restore, snapshot delete, settings, dnssec status, dnssec enable, dnssec disable, keys list, keys show, keys add, keys delete, keys restore, axfr tsig list, axfr tsig add, axfr tsig show, axfr tsig delete, axfr secondaries list, axfr secondaries add, axfr secondaries delete
? 2

$ gandi dns axfr secondaries list
! gandi: 'gandi dns axfr secondaries list' needs DOMAIN
! usage: gandi dns axfr secondaries list DOMAIN
? 2

$ gandi help dns axfr tsig show
| usage: gandi dns axfr tsig show ID [options]
|
| show a TSIG key with its secret, or as a server's configuration
|
| The one command that prints the secret (base64); -v traces, errors and
| the other commands mask it.
|
| Examples:
| gandi dns axfr tsig show 75160000-0000-4000-8000-000000000001
| gandi dns axfr tsig show 75160000-0000-4000-8000-000000000001 --config bind
|
| options:
|       --config SOFTWARE   print the key as SOFTWARE's configuration wants it:
|                           bind, knot, nsd or powerdns
|
| examples:
|   gandi dns axfr tsig show ID
|   gandi dns axfr tsig show ID --config bind
|
| needs a token with the permission domain:tech
|
| global options (--json, -q, -v, --columns...): gandi --help

$ gandi dns axfr secondaries add --help
| usage: gandi dns axfr secondaries add DOMAIN ADDR... [options]
|
| allow secondary servers (IPv4, IPv6) to transfer the zone
|
| Addresses are compared by value with those allowed already, which are
| left alone.
|
| Example: gandi dns axfr secondaries add example.com 192.0.2.53 2001:db8::53
|
| options:
|       --fqdn NAME         a full name, instead of DOMAIN: the zone holding it
|   -y, --yes               do not ask for confirmation
|   -n, --dry-run           change nothing: stop before the first change and show
|                           it
|
| examples:
|   gandi dns axfr secondaries add example.com 192.0.2.53 2001:db8::53
|
| needs a token with the permission domain:tech
|
| global options (--json, -q, -v, --columns...): gandi --help
