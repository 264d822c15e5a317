# Commands of two words (dns snapshot VERB): usage errors, suggestions, help by command
# and by flag alike whatever options come between the words.
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

$ gandi dns snapshot lst example.com
! gandi: 'dns snapshot lst' is not a gandi command
! hint: did you mean 'gandi dns snapshot list'?
! 'gandi dns' commands: list, get, set, add, remove, delete, wait, export, sync, import, snapshot list, snapshot create, snapshot show, snapshot restore, snapshot delete, settings, dnssec status, dnssec enable, dnssec disable, keys list, keys show, keys add, keys delete, keys restore, axfr tsig list, axfr tsig add, axfr tsig show, axfr tsig delete, axfr secondaries list, axfr secondaries add, axfr secondaries delete
? 2

$ gandi help dns snapshot restore
| usage: gandi dns snapshot restore DOMAIN ID [options]
|
| put the zone back as a snapshot holds it (snapshot first; asks first)
|
| Shows what restoring changes, asks (--yes in scripts), takes a snapshot of
| the zone as it is now (its id is printed, so the restore can be undone
| too), replaces the whole zone with the snapshot's records in one request,
| and reads the zone again to check it.
|
| options:
|   -n, --dry-run           show what would change and stop: nothing that writes
|                           is sent
|   -y, --yes               do not ask for confirmation
|       --fqdn NAME         a full name, instead of DOMAIN: the zone holding it
|
| examples:
|   gandi dns snapshot restore example.com 5b1d1d5a --dry-run
|   gandi dns snapshot restore example.com ID --yes
|
| asks before changing anything; --yes in scripts (without a terminal it refuses)
|
| needs a token with the permission domain:tech
|
| global options (--json, -q, -v, --columns...): gandi --help

$ gandi dns snapshot restore --help
| usage: gandi dns snapshot restore DOMAIN ID [options]
|
| put the zone back as a snapshot holds it (snapshot first; asks first)
|
| Shows what restoring changes, asks (--yes in scripts), takes a snapshot of
| the zone as it is now (its id is printed, so the restore can be undone
| too), replaces the whole zone with the snapshot's records in one request,
| and reads the zone again to check it.
|
| options:
|   -n, --dry-run           show what would change and stop: nothing that writes
|                           is sent
|   -y, --yes               do not ask for confirmation
|       --fqdn NAME         a full name, instead of DOMAIN: the zone holding it
|
| examples:
|   gandi dns snapshot restore example.com 5b1d1d5a --dry-run
|   gandi dns snapshot restore example.com ID --yes
|
| asks before changing anything; --yes in scripts (without a terminal it refuses)
|
| needs a token with the permission domain:tech
|
| global options (--json, -q, -v, --columns...): gandi --help

# options before, between and after the words; an option's value is not a word
$ gandi --no-color dns --timeout 5 snapshot -q restore -h
| usage: gandi dns snapshot restore DOMAIN ID [options]
|
| put the zone back as a snapshot holds it (snapshot first; asks first)
|
| Shows what restoring changes, asks (--yes in scripts), takes a snapshot of
| the zone as it is now (its id is printed, so the restore can be undone
| too), replaces the whole zone with the snapshot's records in one request,
| and reads the zone again to check it.
|
| options:
|   -n, --dry-run           show what would change and stop: nothing that writes
|                           is sent
|   -y, --yes               do not ask for confirmation
|       --fqdn NAME         a full name, instead of DOMAIN: the zone holding it
|
| examples:
|   gandi dns snapshot restore example.com 5b1d1d5a --dry-run
|   gandi dns snapshot restore example.com ID --yes
|
| asks before changing anything; --yes in scripts (without a terminal it refuses)
|
| needs a token with the permission domain:tech
|
| global options (--json, -q, -v, --columns...): gandi --help

$ gandi dns snapshot --help
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

$ gandi dns sync --help
| usage: gandi dns sync DOMAIN FILE [options]
|
| make the zone match a zone file, showing the difference first
|
| FILE (- for stdin) is a BIND zone file (names relative to DOMAIN) or the JSON
| that 'gandi dns list DOMAIN --json' prints; gandi tells them apart by content.
| The zone is compared with the file RRset by RRset, by meaning (TXT without
| quotes, host names in any case), TTLs included. The file's SOA is ignored
| (LiveDNS writes its own), and Gandi's own name servers at the apex are left
| alone unless the file names the apex NS. A file whose $ORIGIN names another
| zone is refused. Records LiveDNS cannot hold are listed by line and make it
| refuse, unless --skip-unsupported.
|
| After the difference, and a confirmation (--yes in scripts), gandi takes a
| LiveDNS snapshot and prints its id, sends one request per changed RRset (8 at
| a time; deletions that must go first, first), or one replacement of the whole
| zone when more than half of its RRsets change or more than 300 would, then
| reads the zone again and reports any difference left. If a request fails,
| gandi stops, lists what was applied and what was not, and prints the
| 'gandi dns snapshot restore' command that undoes it all.
|
| Other writers (an ACME hook, a DDNS updater) may change the zone while it
| runs. With --no-delete the whole zone is never replaced: values are added to
| RRsets with PATCH, so what others add meanwhile stays. A replacement of the
| whole zone is built from the zone as gandi read it: afterwards gandi reads the
| automatic snapshots LiveDNS took meanwhile and lists, with exit status 1, any
| RRset or value someone else wrote that the replacement removed.
|
| Exit status: 0 when the zone matches (or was made to match); with the
| option --exit-code, 10 when it still differs (with --dry-run: when changes
| are pending), for CI.
|
| options:
|   -n, --dry-run           show the difference and stop: nothing that writes is
|                           sent
|   -y, --yes               do not ask for confirmation
|       --no-delete         remove nothing: RRsets and values only at Gandi stay
|       --exit-code         exit 10 when the zone still differs (with --dry-run:
|                           any change pending), 0 when it matches
|       --skip-unsupported  leave out the records LiveDNS cannot hold (listed)
|                           instead of refusing
|       --fqdn NAME         a full name, instead of DOMAIN: the zone holding it
|
| examples:
|   gandi dns sync example.com example.com.zone --dry-run
|   gandi dns sync example.com example.com.zone --dry-run --exit-code
|   gandi dns sync example.com example.com.zone --yes
|
| asks before changing anything; --yes in scripts (without a terminal it refuses)
|
| needs a token with the permission domain:tech
|
| global options (--json, -q, -v, --columns...): gandi --help

$ gandi help dns snapshot nope
! gandi: no help for 'dns snapshot nope': it is not a gandi command
! run 'gandi help' for the list of commands
? 2

$ gandi dns snapshot list
! gandi: 'gandi dns snapshot list' needs DOMAIN
! usage: gandi dns snapshot list DOMAIN
? 2

$ gandi dns snapshot list a b
! gandi: too many arguments for 'gandi dns snapshot list': 'b'
! usage: gandi dns snapshot list DOMAIN
? 2
