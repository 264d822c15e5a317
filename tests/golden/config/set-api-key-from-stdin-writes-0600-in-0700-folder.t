# config set api_key reads the token from stdin and writes it in a file of mode 0600 in
# a folder of mode 0700, leaving no temporary file; config get shows it masked.
secret 0123456789abcdef0123456789abcdef0f1e2d3c

$ gandi config set api_key <<EOF
0123456789abcdef0123456789abcdef0f1e2d3c
EOF
! api_key set in %HOME/.config/gandi/config.toml
! check it with: gandi doctor

$ stat -c '%a %n' home/.config/gandi home/.config/gandi/config.toml
| 700 home/.config/gandi
| 600 home/.config/gandi/config.toml

$ cat home/.config/gandi/config.toml
| api_key = "0123456789abcdef0123456789abcdef0f1e2d3c"

$ ls -A home/.config/gandi
| config.toml

$ gandi config get api_key
| ****2d3c
