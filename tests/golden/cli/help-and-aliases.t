# Help for every command path (a group, a part of one, a command, an alias), a group
# named alone prints its help (exit 0), ls and rm are list and remove (delete where
# there is no remove), and suggestions know them.
$ gandi help dns snapshot
| usage: gandi dns snapshot COMMAND [ARGS] [options]
|
| commands:
|   list DOMAIN           list the zone's snapshots, newest first
|   create DOMAIN [NAME]  take a snapshot of the zone now; prints its id
|   show DOMAIN ID        show the records a snapshot holds
|   restore DOMAIN ID     put the zone back as a snapshot holds it (snapshot
|                         first; asks first)
|   delete DOMAIN ID      delete a snapshot (asks first; --yes in scripts)
|
| run 'gandi help dns snapshot COMMAND' for a command's options and examples

$ gandi dns snapshot
| usage: gandi dns snapshot COMMAND [ARGS] [options]
|
| commands:
|   list DOMAIN           list the zone's snapshots, newest first
|   create DOMAIN [NAME]  take a snapshot of the zone now; prints its id
|   show DOMAIN ID        show the records a snapshot holds
|   restore DOMAIN ID     put the zone back as a snapshot holds it (snapshot
|                         first; asks first)
|   delete DOMAIN ID      delete a snapshot (asks first; --yes in scripts)
|
| run 'gandi help dns snapshot COMMAND' for a command's options and examples

$ gandi help dns rm
| usage: gandi dns remove DOMAIN TYPE NAME VALUE... [options]
|
| remove values from an RRset (the RRset goes when empty)
|
| Values not in the RRset are ignored, so that cleanup hooks can run twice.
| Removal uses LiveDNS's PATCH: values added meanwhile by others stay.
|
| options:
|   -y, --yes               do not ask for confirmation
|       --fqdn NAME         the record's full name, instead of DOMAIN and NAME
|                           (its zone is looked up)
|       --wait              then wait until every nameserver of the zone serves
|                           the change
|       --wait-timeout SECONDS
|                           how long --wait waits (default 120, setting
|                           wait_timeout; implies --wait)
|       --nameserver HOST[:PORT]
|                           the server --wait asks instead of the zone's;
|                           repeatable (implies --wait)
|   -n, --dry-run           change nothing: stop before the first change and show
|                           it
|
| examples:
|   gandi dns remove example.com TXT _acme-challenge "token-value"
|   gandi dns rm example.com A www 192.0.2.10
|
| also: gandi dns rm
|
| asks before writing the apex NS (the zone's own name servers); --yes in scripts
| (without a terminal it refuses)
|
| needs a token with the permission domain:tech
|
| global options (--json, -q, -v, --columns...): gandi --help

$ gandi help redirect rm
| usage: gandi redirect delete DOMAIN SOURCE [options]
|
| delete a redirection (asks first; --yes in scripts)
|
| The DNS record that pointed SOURCE at Gandi's redirection service
| (webredir.vip.gandi.net) stays; gandi says so, with the command that
| removes it.
|
| options:
|   -y, --yes               do not ask for confirmation
|   -n, --dry-run           change nothing: stop before the first change and show
|                           it
|
| examples:
|   gandi redirect delete example.com blog
|   gandi redirect rm example.com blog --yes
|
| also: gandi redirect rm
|
| asks before changing anything; --yes in scripts (without a terminal it refuses)
|
| needs a token with the permission domain:tech
|
| global options (--json, -q, -v, --columns...): gandi --help

$ gandi dns lss example.com
! gandi: 'dns lss' is not a gandi command
! hint: did you mean 'gandi dns list'?
! 'gandi dns' commands: list, get, set, add, remove, delete, wait, export, sync, import, snapshot list, snapshot create, snapshot show, snapshot restore, snapshot delete, settings, dnssec status, dnssec enable, dnssec disable, keys list, keys show, keys add, keys delete, keys restore, axfr tsig list, axfr tsig add, axfr tsig show, axfr tsig delete, axfr secondaries list, axfr secondaries add, axfr secondaries delete
? 2

$ gandi help nope
! gandi: no help for 'nope': it is not a gandi command
! run 'gandi help' for the list of commands
? 2

$ sh -c '%GANDI --help | awk "length > 79" | wc -l'
| 0

$ sh -c '%GANDI help dns set | sed -n "/^examples:/,/^$/p"'
| examples:
|   gandi dns set example.com A www 192.0.2.10
|   gandi dns set example.com A www 192.0.2.10 192.0.2.11 --ttl 300
|   gandi dns set example.com TXT @ "v=spf1 include:_mailcust.gandi.net ?all"
|
