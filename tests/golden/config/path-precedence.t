# The config file's path: ~/.config/gandi, then $XDG_CONFIG_HOME, $GANDI_CONFIG, --config.
$ gandi config path
| %HOME/.config/gandi/config.toml

$ XDG_CONFIG_HOME=%TMP/xdg gandi config path
| %TMP/xdg/gandi/config.toml

$ XDG_CONFIG_HOME=%TMP/xdg GANDI_CONFIG=/x/c.toml gandi config path
| /x/c.toml

$ GANDI_CONFIG=/x/c.toml gandi config path --config /y/c.toml
| /y/c.toml

$ GANDI_CONFIG=/x/c.toml gandi config path --json
| {
|   "path": "/x/c.toml",
|   "source": "env",
|   "exists": false
| }
