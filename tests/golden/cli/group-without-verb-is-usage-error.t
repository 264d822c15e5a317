# A group without a verb is a usage error (exit 2).
$ gandi config
! gandi: 'gandi config' needs a command
! run 'gandi config --help' for its commands
? 2
