# Missing and extra arguments are usage errors naming what is wrong.
$ gandi config get
! gandi: 'gandi config get' needs KEY
! usage: gandi config get KEY
? 2

$ gandi config get a b
! gandi: too many arguments for 'gandi config get': 'b'
! usage: gandi config get KEY
? 2
