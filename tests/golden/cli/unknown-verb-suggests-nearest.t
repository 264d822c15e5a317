# An unknown verb: the nearest verb and the group's verbs, exit 2.
$ gandi config lst
! gandi: 'config lst' is not a gandi command
! hint: did you mean 'gandi config list'?
! 'gandi config' commands: path, get, set, unset, list
? 2
