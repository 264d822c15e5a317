# A file holding a token that others can read: a warning with the chmod to run.
secret fedcba9876543210fedcba9876543210a1b2c3d4
file c.toml 0644 <<EOF
api_key = "fedcba9876543210fedcba9876543210a1b2c3d4"
EOF

$ gandi --config %TMP/c.toml config get api_key
| ****c3d4
! warning: '%TMP/c.toml' holds your token and can be read by others; fix: chmod 600 '%TMP/c.toml'
