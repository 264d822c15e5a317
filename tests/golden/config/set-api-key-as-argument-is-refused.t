# A token given on the command line is refused (argv is visible to other users and
# shell history keeps it) and nothing is written; '-' reads it from stdin.
secret 0123456789abcdef0123456789abcdef0f1e2d3c

$ gandi config set api_key 0123456789abcdef0123456789abcdef0f1e2d3c
? 2

$ test ! -e home/.config/gandi/config.toml

$ gandi config set api_key - <<EOF
0123456789abcdef0123456789abcdef0f1e2d3c
