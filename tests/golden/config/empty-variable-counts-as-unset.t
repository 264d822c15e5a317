# An empty GANDI_API_KEY counts as unset: the file's token is the one in effect.
secret fedcba9876543210fedcba9876543210a1b2c3d4
file c.toml 0600 <<EOF
api_key = "fedcba9876543210fedcba9876543210a1b2c3d4"
EOF

$ GANDI_API_KEY= gandi --config c.toml config get api_key --json
| {
|   "key": "api_key",
|   "value": "****c3d4",
|   "source": "file",
|   "origin": "c.toml"
| }
