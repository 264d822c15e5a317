# A token given on the command line is written, with a warning (argv is visible to
# other users); it is not printed.
secret 0123456789abcdef0123456789abcdef0f1e2d3c

$ gandi config set api_key 0123456789abcdef0123456789abcdef0f1e2d3c
! warning: the token was given on the command line, where other users can see it and shell history keeps it; next time run 'gandi config set api_key' and paste it
! api_key set in %HOME/.config/gandi/config.toml
! check it with: gandi doctor
