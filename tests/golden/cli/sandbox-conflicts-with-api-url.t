# --sandbox and --api-url together: a usage error.
$ gandi doctor --sandbox --api-url https://x.example/v5
! gandi: --sandbox and --api-url cannot be used together
? 2
