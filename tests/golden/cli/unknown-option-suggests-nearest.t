# An unknown option: the nearest option suggested, exit 2.
$ gandi config list --jsn
! gandi: unknown option '--jsn' for 'gandi config list'
! hint: did you mean '--json'?
! run 'gandi config list --help' for its options
? 2
