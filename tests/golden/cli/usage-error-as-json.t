# A usage error with --json: one JSON object on stderr, kind usage, exit 2.
$ gandi frobnicate --json
! {"error":"'frobnicate' is not a gandi command","kind":"usage","exit_code":2,"detail":"run 'gandi --help' for the list of commands\n"}
? 2
