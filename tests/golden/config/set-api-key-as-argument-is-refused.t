# A token given on the command line is refused (argv is visible to other users and
# shell history keeps it) and nothing is written; '-' reads it from stdin.
secret 0123456789abcdef0123456789abcdef0f1e2d3c

$ gandi config set api_key 0123456789abcdef0123456789abcdef0f1e2d3c
! gandi: refusing to take api_key from the command line, where other users can see it and shell history keeps it
! nothing was written
! hint: run 'gandi config set api_key' and paste it, or pipe it in: gandi config set api_key - < FILE
? 2

$ test ! -e home/.config/gandi/config.toml

$ gandi config set api_key - <<EOF
0123456789abcdef0123456789abcdef0f1e2d3c
EOF
! api_key set in %HOME/.config/gandi/config.toml
! check it with: gandi doctor

$ cat home/.config/gandi/config.toml
| api_key = "0123456789abcdef0123456789abcdef0f1e2d3c"
