# --version: the name and version on stdout.
$ gandi --version
| gandi 0.1.0
