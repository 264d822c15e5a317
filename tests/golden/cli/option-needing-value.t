# An option without its value.
$ gandi config list --timeout
! gandi: option '--timeout' needs a value (SECONDS)
? 2
