# A file that does not parse is not edited: the error names the line and column.
file c.toml <<EOF
api_url = "https://a.example/v5"
timeout = = 3
EOF

$ gandi --config c.toml config set timeout 5
! gandi: 'c.toml' line 2, column 11: expected a value, found '='
! hint: fix that line (the file is TOML: key = "value")
! nothing was written: fix the file first
? 2

$ cat c.toml
| api_url = "https://a.example/v5"
| timeout = = 3
