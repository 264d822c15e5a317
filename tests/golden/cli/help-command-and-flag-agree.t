# gandi help CMD and CMD --help print the same text: usage line and options.
$ gandi help config set
| usage: gandi config set KEY [VALUE] [options]
|
| write a setting to the config file (api_key read from stdin)
|
| Without VALUE, or with '-', the value is read from stdin: without echo
| on a terminal, else the first line. api_key is only ever read that way:
| given on the command line, it is refused. The file is rewritten atomically
| with mode 0600, keeping its other keys and comments, under a lock on its
| folder, so that concurrent edits are never lost.
|
| options:
|       --profile NAME      write into the [profiles.NAME] table
|
| examples:
|   gandi config set api_key < token-file
|   gandi config set --profile work sharing_id ORG-ID
|   gandi config set timeout 30
|
| global options (--json, -q, -v, --columns...): gandi --help

$ gandi config set --help
| usage: gandi config set KEY [VALUE] [options]
|
| write a setting to the config file (api_key read from stdin)
|
| Without VALUE, or with '-', the value is read from stdin: without echo
| on a terminal, else the first line. api_key is only ever read that way:
| given on the command line, it is refused. The file is rewritten atomically
| with mode 0600, keeping its other keys and comments, under a lock on its
| folder, so that concurrent edits are never lost.
|
| options:
|       --profile NAME      write into the [profiles.NAME] table
|
| examples:
|   gandi config set api_key < token-file
|   gandi config set --profile work sharing_id ORG-ID
|   gandi config set timeout 30
|
| global options (--json, -q, -v, --columns...): gandi --help
