# A group named without a verb prints its help on stdout (exit 0), as gh does.
$ gandi config
| usage: gandi config COMMAND [ARGS] [options]
|
| read and write gandi's configuration file
|
| commands:
|   path              print the path of the config file in use
|   get KEY           print the effective value of a setting (the token masked)
|   set KEY [VALUE]   write a setting to the config file (api_key read from
|                     stdin)
|   unset KEY         remove a setting from the config file
|   list              show every effective setting and where it comes from
|
| run 'gandi help config COMMAND' for a command's options and examples
