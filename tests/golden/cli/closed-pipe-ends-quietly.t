# Writing into a closed pipe ends gandi quietly with exit 0 (no EPIPE message).
$ bash -c '%GANDI --help | head -c 10 >/dev/null; echo ${PIPESTATUS[0]}'
| 0
