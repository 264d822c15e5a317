# config set --profile NAME api_key writes into that table, mode 0600.
$ gandi --config c.toml config set --profile work api_key <<EOF
%TOKEN(tech)
EOF
! api_key set in c.toml [profiles.work]
! check it with: gandi doctor

$ cat c.toml
| [profiles.work]
| api_key = "%TOKEN(tech)"

$ stat -c %a c.toml
| 600
