# Refused values (plain http:// to a remote host, a timeout that is not a number, an
# unknown setting) are usage errors, and the file is not created.
$ gandi --config c.toml config set api_url http://api.example.net/v5
! gandi: api_url 'http://api.example.net/v5' from the command line uses plain http:// to 'api.example.net'
! the token would cross the network unencrypted; plain http:// is accepted only for this machine (127.0.0.1, localhost, ::1)
! hint: use https://api.example.net
? 2

$ gandi --config c.toml config set timeout soon
! gandi: timeout 'soon' from the command line is not a number of seconds above 0 and at most 86400
? 2

$ gandi --config c.toml config set colour blue
! gandi: unknown setting 'colour'
! hint: 'gandi config list' shows the settings
? 2

$ test ! -e c.toml
