# --version: the name and version on stdout.
$ gandi --version
| gandi 0.1.0 (commit 2d33ec768ba0)
| libcurl 7.88.1, TLS: OpenSSL/3.0.19
