# gandi help CMD and CMD --help print the same text: usage line and options.
$ gandi help config set
| usage: gandi config set KEY [VALUE] [options]
|
| write a setting to the config file (api_key read from stdin)
|
| Without VALUE, or with '-', the value is read from stdin: without echo
| on a terminal, else the first line. The file is rewritten atomically with
| mode 0600, keeping its other keys and comments.
|
| options:
|       --profile NAME         write into the [profiles.NAME] table
|
| global options (--json, -v, --api-url...): gandi --help

$ gandi config set --help
| usage: gandi config set KEY [VALUE] [options]
|
| write a setting to the config file (api_key read from stdin)
|
| Without VALUE, or with '-', the value is read from stdin: without echo
| on a terminal, else the first line. The file is rewritten atomically with
| mode 0600, keeping its other keys and comments.
|
| options:
|       --profile NAME         write into the [profiles.NAME] table
|
| global options (--json, -v, --api-url...): gandi --help
