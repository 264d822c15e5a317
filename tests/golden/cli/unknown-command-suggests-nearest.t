# An unknown command: the nearest one suggested, exit 2.
$ gandi doctr
! gandi: 'doctr' is not a gandi command
! hint: did you mean 'gandi doctor'?
! run 'gandi --help' for the list of commands
? 2
