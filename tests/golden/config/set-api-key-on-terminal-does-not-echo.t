# On a terminal, config set api_key asks without echo: the token is not shown.
secret 0123456789abcdef0123456789abcdef0f1e2d3c

$ tty gandi config set api_key <<EOF
0123456789abcdef0123456789abcdef0f1e2d3c
EOF
|" "api_key (input hidden): "
| api_key set in %HOME/.config/gandi/config.toml
| check it with: gandi doctor

$ cat home/.config/gandi/config.toml
| api_key = "0123456789abcdef0123456789abcdef0f1e2d3c"
