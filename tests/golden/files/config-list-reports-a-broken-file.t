# config list on a file that does not parse, or holds a value of the wrong type: exit
# 2 naming the file, line and column, nothing on stdout; kind "config" in JSON.
file c.toml 0600 <<EOF
timeout = 10
api_url = = "x"
EOF
file c2.toml 0600 <<EOF
timeout = "soon"
EOF

$ gandi --config %TMP/c.toml config list
! gandi: '%TMP/c.toml' line 2, column 11: expected a value, found '='
! hint: fix that line (the file is TOML: key = "value")
! no command uses the file's settings until it is fixed
? 2

$ gandi --config %TMP/c.toml config list --json
! {"error":"'%TMP/c.toml' line 2, column 11: expected a value, found '='","kind":"config","exit_code":2,"detail":"hint: fix that line (the file is TOML: key = \"value\")\nno command uses the file's settings until it is fixed\n"}
? 2

$ gandi --config %TMP/c2.toml config list
! gandi: '%TMP/c2.toml' line 1, column 1: 'timeout' must be a number of seconds, not string
! no command uses the file's settings until it is fixed
? 2
