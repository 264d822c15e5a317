# gandi version and --version: the version, the commit built from, libcurl and the TLS
# library, the same both ways (the commit changes with every commit: sed keeps its shape)
$ sh -c '%GANDI --version | sed "s/commit [0-9a-f]\{12\}/commit COMMIT/"'
| gandi 0.1.0 (commit COMMIT)
| libcurl 7.88.1, TLS: OpenSSL/3.0.19

$ sh -c '%GANDI version | sed "s/commit [0-9a-f]\{12\}/commit COMMIT/"'
| gandi 0.1.0 (commit COMMIT)
| libcurl 7.88.1, TLS: OpenSSL/3.0.19

$ sh -c '%GANDI version --json | sed "s/\"[0-9a-f]\{12\}\"/\"COMMIT\"/"'
| {
|   "version": "0.1.0",
|   "commit": "COMMIT",
|   "libcurl": "7.88.1",
|   "tls": "OpenSSL/3.0.19"
| }
